// librdkafka for Swift: the two public headers plus static inline wrappers for what Swift cannot import
// (the variadic rd_kafka_producev and its RD_KAFKA_V_* macros).
#ifndef PSEI_CRDKAFKA_SHIM_H
#define PSEI_CRDKAFKA_SHIM_H

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <malloc.h>

/// Produces one keyed record with an explicit timestamp (epoch ms) to `partition` (RD_KAFKA_PARTITION_UA: the
/// partitioner chooses by key), copying key and value.
static inline rd_kafka_resp_err_t psei_rd_kafka_produce(rd_kafka_t *rk, const char *topic, int32_t partition,
                                                         const void *key, size_t key_len,
                                                         const void *value, size_t value_len,
                                                         int64_t timestamp_ms) {
    return rd_kafka_producev(rk,
                             RD_KAFKA_V_TOPIC(topic),
                             RD_KAFKA_V_PARTITION(partition),
                             RD_KAFKA_V_KEY(key, key_len),
                             RD_KAFKA_V_VALUE((void *)value, value_len),
                             RD_KAFKA_V_TIMESTAMP(timestamp_ms),
                             RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                             RD_KAFKA_V_END);
}

/// glibc's malloc_trim (Swift's Glibc module does not import malloc.h): gives the free pages of every arena back to
/// the system; librdkafka's read-ahead during a catch-up otherwise leaves them resident.
static inline int psei_malloc_trim(void) { return malloc_trim(0); }

/// glibc's mallopt(M_MMAP_THRESHOLD): blocks of at least `bytes` get their own mapping, unmapped when freed. Setting
/// it also stops glibc from raising the threshold each time such a block is freed.
static inline int psei_malloc_mmap_threshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }

#endif
