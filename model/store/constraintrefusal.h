#pragma once

#include "domain/entities.h"

#include <QSqlError>
#include <QString>

#include <optional>

namespace ipam {

// A write the database itself refused by one of the constraints that back the write path's
// own rules, said in the words the write path uses when its checks find the same thing first.
//
// Why: the write path checks overlap and uniqueness before it writes, but two writers that
// check at the same moment both pass, and then the database decides (PostgreSQL's exclusion
// constraint ip_subnet_no_overlap, SQLSTATE 23P01; the unique indexes, 23505 on PostgreSQL,
// "UNIQUE constraint failed" on SQLite). The one that lost the race must hear the same
// refusal, with the same exit code, as if it had come second: not a line of raw SQL.
//
// `spaceName` is the name of the object's address space (the write path has it cached: the
// failed transaction can no longer read). nullopt when the error is none of these
// constraints: the caller keeps its generic message.
std::optional<QString> constraintRefusal(const QSqlError &error, const AnyObject &object,
                                         const QString &spaceName);

} // namespace ipam
