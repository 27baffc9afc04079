#pragma once

#include <QByteArray>
#include <QString>

namespace ipam::test {

// The server side of NTLM (MS-NLMP), as IIS runs it in front of SPF when Windows
// authentication is on: answers a NEGOTIATE_MESSAGE (type 1) with a CHALLENGE_MESSAGE
// (type 2: a random server challenge, the target name and the AV pairs NTLMv2 signs), and
// verifies an AUTHENTICATE_MESSAGE (type 3) by recomputing its NTLMv2 response from the
// account's password:
//   ResponseKeyNT = HMAC-MD5(MD4(UTF-16LE(password)), UTF-16LE(UPPER(user) + domain))
//   NTProofStr    = HMAC-MD5(ResponseKeyNT, serverChallenge + blob)
// where the AUTHENTICATE_MESSAGE's NT response is NTProofStr + blob. What a domain
// controller does with the account's stored hash, the peer does with the password it was
// given. NTLMv1 responses (24 bytes) are refused, as current Windows policy does.
//
// One instance per connection: NTLM authenticates the connection, not the request (the
// client sends no Authorization header on later requests of an authenticated connection).
class NtlmServerSession
{
public:
    NtlmServerSession(QString domain, QString user, QString password);

    // The token of an "Authorization: NTLM <base64>" (or "Negotiate <base64>" carrying raw
    // NTLMSSP, as Windows clients send). Returns the CHALLENGE_MESSAGE to send back (base64
    // in "WWW-Authenticate: NTLM <token>") for a type 1, empty for a type 3 or garbage:
    // then authenticated() or failure() says how it went.
    QByteArray step(const QByteArray &token);

    bool authenticated() const { return m_authenticated; }
    // Why the last type 3 (or token) was refused, for the peer's log and the 401 body.
    const QString &failure() const { return m_failure; }
    // DOMAIN\user as the client named itself in its type 3.
    const QString &clientName() const { return m_clientName; }

    // The pieces, for the tests of the peer itself.
    static QByteArray ntOwfV2(const QString &password, const QString &user, const QString &domain);
    static QByteArray ntProofStr(const QByteArray &responseKeyNt, const QByteArray &serverChallenge,
                                 const QByteArray &blob);

private:
    QByteArray challengeMessage();
    void verify(const QByteArray &message);

    QString m_domain;
    QString m_user;
    QString m_password;
    QByteArray m_serverChallenge; // of the last type 2 sent; cleared by a type 3
    bool m_authenticated = false;
    QString m_failure;
    QString m_clientName;
};

} // namespace ipam::test
