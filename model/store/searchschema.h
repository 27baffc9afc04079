#pragma once

#include "domain/enums.h"

#include <QStringList>

namespace ipam {

// The text indexes of global search (schema version 10), and the expressions GlobalSearch
// must write the same way for the planners to use them.
//
// Why trigrams: the search box asks for substrings ("core" in "dc1-core-uplink"), which a
// B-tree cannot answer without reading every row (measured last session: ~0.5 s on a miss at a
// million subnets). SQLite 3.40 (Debian 12) has FTS5's trigram tokenizer: one contentless
// FTS5 table per kind, kept by triggers so that every writer (write path, bulk insert, VMM sync)
// keeps it exact. PostgreSQL has pg_trgm (a trusted extension): one GIN index per kind over
// the concatenated text columns. Both are partial: a row whose text columns are all empty (most
// of an import) costs the index nothing.
namespace SearchSchema {

// Trigram indexes answer needles of at least this many characters.
inline constexpr int minimumTrigramNeedle = 3;

// The text columns global search reads of a block, subnet, range or address.
QStringList columns(ObjectKind kind);
// PostgreSQL: the indexed expression and the index's predicate.
QString postgresExpression(ObjectKind kind);
QString indexedPredicate(ObjectKind kind);

// The statements of the migration (both backends, "sqlite:"/"postgresql:" prefixed).
QStringList migration();

} // namespace SearchSchema

} // namespace ipam
