#pragma once

#include <QString>

namespace ipam {

// The answer of a domain rule or an authorization check: allowed, or refused with a reason
// that names the offending value, ready to show to the admin as it is.
class Verdict
{
public:
    static Verdict allowed() { return Verdict(); }
    static Verdict refused(QString reason) { return Verdict(std::move(reason)); }

    bool isAllowed() const { return m_reason.isEmpty(); }
    explicit operator bool() const { return isAllowed(); }
    const QString &reason() const { return m_reason; }

private:
    Verdict() = default;
    explicit Verdict(QString reason)
        : m_reason(std::move(reason))
    { }
    QString m_reason;
};

} // namespace ipam
