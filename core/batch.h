/*
 * batch.h — POST /v1/batch (utilities.md, "POST /batch"): several
 * requests in one, each run through core_handle() as if it had come
 * alone, with the batch's own headers as defaults.
 */
#ifndef CINTO_BATCH_H
#define CINTO_BATCH_H

#include "core/errors.h"

struct ctx;

enum kerr	 view_batch(struct ctx *);

#endif
