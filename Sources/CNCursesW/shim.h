// ncursesw for Swift. SwiftPM drops pkg-config's -D flags, so the wide-character switches are defined here;
// macros and globals Swift 6 cannot use (COLOR_PAIR, getmaxyx, A_*, stdscr, COLORS) get
// static inline getters.
#ifndef PSEI_CNCURSESW_SHIM_H
#define PSEI_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

static inline WINDOW *psei_stdscr(void) { return stdscr; }
static inline int psei_colors(void) { return COLORS; }
static inline int psei_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t psei_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline attr_t psei_a_bold(void) { return A_BOLD; }
static inline attr_t psei_a_dim(void) { return A_DIM; }
static inline attr_t psei_a_reverse(void) { return A_REVERSE; }
static inline attr_t psei_a_underline(void) { return A_UNDERLINE; }
static inline attr_t psei_a_normal(void) { return A_NORMAL; }
static inline void psei_getmaxyx(WINDOW *w, int *rows, int *cols) { getmaxyx(w, *rows, *cols); }

// The colours terminfo gives terminal type `term` (-1: none), or -2 when terminfo does not know it; read without
// opening the terminal, and the current terminal (if any) is left as it was.
static inline int psei_terminfo_colors(const char *term) {
    TERMINAL *previous = set_curterm(NULL);
    int status = 0;
    int colors = setupterm(term, 2, &status) == OK ? tigetnum("colors") : -2;
    TERMINAL *created = set_curterm(previous);
    if (created != NULL && created != previous) del_curterm(created);
    return colors;
}

#endif
