#include "spfntlm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <optional>

namespace ipam::test {

namespace {

// MS-NLMP 2.2.2.5 negotiate flags.
constexpr quint32 NegotiateUnicode = 0x00000001;
constexpr quint32 RequestTarget = 0x00000004;
constexpr quint32 NegotiateNtlm = 0x00000200;
constexpr quint32 NegotiateAlwaysSign = 0x00008000;
constexpr quint32 TargetTypeDomain = 0x00010000;
constexpr quint32 NegotiateExtendedSessionSecurity = 0x00080000;
constexpr quint32 NegotiateTargetInfo = 0x00800000;
constexpr quint32 NegotiateVersion = 0x02000000;
constexpr quint32 Negotiate128 = 0x20000000;
constexpr quint32 Negotiate56 = 0x80000000;

// MS-NLMP 2.2.2.1 AV pair ids.
constexpr quint16 MsvAvEol = 0;
constexpr quint16 MsvAvNbComputerName = 1;
constexpr quint16 MsvAvNbDomainName = 2;
constexpr quint16 MsvAvTimestamp = 7;

const QByteArray signature("NTLMSSP\0", 8);

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QString fromUtf16le(const QByteArray &bytes)
{
    QString out;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        out.append(QChar(char16_t(quint8(bytes[i]) | (quint8(bytes[i + 1]) << 8))));
    return out;
}

void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void append64(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

void appendAvPair(QByteArray &out, quint16 id, const QByteArray &value)
{
    append16(out, id);
    append16(out, quint16(value.size()));
    out.append(value);
}

quint32 read32(const QByteArray &message, qsizetype at)
{
    return qFromLittleEndian<quint32>(message.constData() + at);
}

// A security buffer (length, allocated length, offset) of a message, checked against its size.
std::optional<QByteArray> field(const QByteArray &message, qsizetype at)
{
    if (at + 8 > message.size())
        return std::nullopt;
    const quint16 length = qFromLittleEndian<quint16>(message.constData() + at);
    const quint32 offset = read32(message, at + 4);
    if (length == 0)
        return QByteArray();
    if (qsizetype(offset) + length > message.size())
        return std::nullopt;
    return message.mid(offset, length);
}

quint64 fileTimeNow()
{
    // 100 ns intervals since 1601-01-01.
    return (quint64(QDateTime::currentSecsSinceEpoch()) + 11644473600ULL) * 10000000ULL;
}

} // namespace

NtlmServerSession::NtlmServerSession(QString domain, QString user, QString password)
    : m_domain(std::move(domain))
    , m_user(std::move(user))
    , m_password(std::move(password))
{ }

QByteArray NtlmServerSession::ntOwfV2(const QString &password, const QString &user,
                                      const QString &domain)
{
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    return QMessageAuthenticationCode::hash(utf16le(user.toUpper()) + utf16le(domain), ntHash,
                                            QCryptographicHash::Md5);
}

QByteArray NtlmServerSession::ntProofStr(const QByteArray &responseKeyNt,
                                         const QByteArray &serverChallenge, const QByteArray &blob)
{
    return QMessageAuthenticationCode::hash(serverChallenge + blob, responseKeyNt,
                                            QCryptographicHash::Md5);
}

QByteArray NtlmServerSession::step(const QByteArray &token)
{
    const QByteArray message = QByteArray::fromBase64(token);
    if (message.size() < 12 || !message.startsWith(signature)) {
        m_failure = QStringLiteral("not an NTLMSSP token");
        return {};
    }
    switch (read32(message, 8)) {
    case 1:
        m_authenticated = false;
        return challengeMessage().toBase64();
    case 3:
        verify(message);
        return {};
    default:
        m_failure = QStringLiteral("unexpected NTLM message type %1").arg(read32(message, 8));
        return {};
    }
}

QByteArray NtlmServerSession::challengeMessage()
{
    m_serverChallenge.resize(8);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_serverChallenge.data()), 2);
    const QByteArray targetName = utf16le(m_domain.toUpper());
    QByteArray targetInfo;
    appendAvPair(targetInfo, MsvAvNbDomainName, targetName);
    appendAvPair(targetInfo, MsvAvNbComputerName, utf16le(QStringLiteral("SPFPEER")));
    QByteArray timestamp;
    append64(timestamp, fileTimeNow());
    appendAvPair(targetInfo, MsvAvTimestamp, timestamp);
    appendAvPair(targetInfo, MsvAvEol, QByteArray());

    constexpr quint32 headerSize = 56; // with the Version field
    QByteArray out = signature;
    append32(out, 2);
    append16(out, quint16(targetName.size()));
    append16(out, quint16(targetName.size()));
    append32(out, headerSize);
    append32(out,
             NegotiateUnicode | RequestTarget | NegotiateNtlm | NegotiateAlwaysSign
                     | TargetTypeDomain | NegotiateExtendedSessionSecurity | NegotiateTargetInfo
                     | NegotiateVersion | Negotiate128 | Negotiate56);
    out.append(m_serverChallenge);
    out.append(QByteArray(8, '\0')); // reserved
    append16(out, quint16(targetInfo.size()));
    append16(out, quint16(targetInfo.size()));
    append32(out, headerSize + quint32(targetName.size()));
    // Version: Windows Server 2012 R2 (6.3, build 9600), NTLM revision 15.
    out.append(char(6));
    out.append(char(3));
    append16(out, 9600);
    out.append(QByteArray(3, '\0'));
    out.append(char(15));
    Q_ASSERT(out.size() == qsizetype(headerSize));
    return out + targetName + targetInfo;
}

void NtlmServerSession::verify(const QByteArray &message)
{
    m_authenticated = false;
    const QByteArray challenge = m_serverChallenge;
    m_serverChallenge.clear(); // a challenge answers once
    if (challenge.isEmpty()) {
        m_failure = QStringLiteral("AUTHENTICATE_MESSAGE without a CHALLENGE_MESSAGE on this "
                                   "connection");
        return;
    }
    if (message.size() < 64) {
        m_failure = QStringLiteral("AUTHENTICATE_MESSAGE shorter than its header");
        return;
    }
    const std::optional<QByteArray> nt = field(message, 20);
    const std::optional<QByteArray> domainBytes = field(message, 28);
    const std::optional<QByteArray> userBytes = field(message, 36);
    if (!nt || !domainBytes || !userBytes) {
        m_failure = QStringLiteral("AUTHENTICATE_MESSAGE field outside the message");
        return;
    }
    const bool unicode = read32(message, 60) & NegotiateUnicode;
    const QString domain = unicode ? fromUtf16le(*domainBytes) : QString::fromLatin1(*domainBytes);
    const QString user = unicode ? fromUtf16le(*userBytes) : QString::fromLatin1(*userBytes);
    m_clientName = domain.isEmpty() ? user : domain + QLatin1Char('\\') + user;

    if (nt->size() == 24) {
        m_failure = QStringLiteral("NTLMv1 response refused (only NTLMv2 is accepted)");
        return;
    }
    // NTProofStr (16) + blob: 0x01 0x01, 6 reserved, time (8), client challenge (8), 4
    // reserved, AV pairs, 4 reserved.
    if (nt->size() < 16 + 28 || (*nt)[16] != 1 || (*nt)[17] != 1) {
        m_failure = QStringLiteral("malformed NTLMv2 response (%1 bytes)").arg(nt->size());
        return;
    }
    // The account: DOMAIN\user, or user@domain (UPN: the client then sends no domain).
    QString accountUser = user;
    QString accountDomain = domain;
    if (domain.isEmpty() && user.contains(QLatin1Char('@'))) {
        accountUser = user.section(QLatin1Char('@'), 0, 0);
        accountDomain = user.section(QLatin1Char('@'), 1).section(QLatin1Char('.'), 0, 0);
    }
    if (accountUser.compare(m_user, Qt::CaseInsensitive) != 0
        || accountDomain.compare(m_domain, Qt::CaseInsensitive) != 0) {
        m_failure = QStringLiteral("unknown account %1").arg(m_clientName);
        return;
    }
    const QByteArray blob = nt->mid(16);
    const QByteArray expected = ntProofStr(ntOwfV2(m_password, user, domain), challenge, blob);
    // Constant time: the comparison does not say how many bytes matched.
    char difference = 0;
    for (int i = 0; i < 16; ++i)
        difference |= char(expected[i] ^ (*nt)[i]);
    if (difference != 0) {
        m_failure = QStringLiteral("wrong password for %1").arg(m_clientName);
        return;
    }
    m_failure.clear();
    m_authenticated = true;
}

} // namespace ipam::test
