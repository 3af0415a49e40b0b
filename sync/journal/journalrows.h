#pragma once

#include "sync/journal/journal.h"

namespace backroom {

// Reads columns 0-15 of an exception row as every exception query of the journal selects them
// (id, order, store, woo id, number, category, code, message, hint, system, group key, state,
// created, updated, attempts, correlation id). Defined in journalexceptions.cpp.
ExceptionRecord readExceptionRow(const SqliteStatement &st);

} // namespace backroom
