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
    // A refusal the audit log keeps (a denial): `reason` in the user's language, `audited`
    // the same words in English for the log (see domain/audittext.h).
    static Verdict refused(QString reason, QString audited)
    {
        Verdict v(std::move(reason));
        v.m_audited = std::move(audited);
        return v;
    }

    bool isAllowed() const { return m_reason.isEmpty(); }
    explicit operator bool() const { return isAllowed(); }
    const QString &reason() const { return m_reason; }
    const QString &auditedReason() const { return m_audited.isEmpty() ? m_reason : m_audited; }

private:
    Verdict() = default;
    explicit Verdict(QString reason)
        : m_reason(std::move(reason))
    { }
    QString m_reason;
    QString m_audited;
};

} // namespace ipam
