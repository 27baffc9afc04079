#pragma once

#include <QString>

#include <optional>

namespace ipam {

// How a write ended. Here, below the write path, because the SQL of writing an object
// (ObjectWriter) already tells a refusal by the database's constraints from a conflict or a
// failure.
enum class WriteStatus {
    Committed,
    Refused,  // input broke a rule (parse, overlap, unknown name, ...)
    Denied,   // the principal may not do it
    Conflict, // someone else changed the object meanwhile
    Failed,   // the database failed
};

// Why one step of a write did not go through: the status the whole write ends in and one line
// naming the offending value.
struct WriteFailure
{
    WriteStatus status;
    QString message;
    // A denial's words in English for the audit log when `message` is translated (empty:
    // the message itself). See domain/audittext.h.
    QString auditMessage = QString();

    const QString &auditText() const { return auditMessage.isEmpty() ? message : auditMessage; }
};

// What a step of a write returns: nothing when it went through.
using WriteOutcome = std::optional<WriteFailure>;

} // namespace ipam
