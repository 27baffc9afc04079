#pragma once

#include "spfentitystore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace ipam::test {

struct HttpRequest;
struct HttpResponse;

// A stand-in for System Center Service Provider Foundation's VMM OData service, on
// 127.0.0.1, for the VMM connector's tests and benchmarks (a real HTTP server: the connector
// under test speaks to it through QNetworkAccessManager exactly as to SPF).
//
// By default exactly what SPF publishes (../shared/SPF-CONTRACT.md, from Microsoft's SPF
// references), under {base} = http://127.0.0.1:PORT/SC2012R2/VMM/Microsoft.Management.Odata.svc:
//   GET    {base}/                      the service document: SPF's four sets (light
//                                       {"value":[{"name","url"}]}, verbose {"d":{"EntitySets"}})
//   GET    {base}/$metadata             the CSDL of namespace VMM (application/xml)
//   GET    {base}/<Set>                 the set, paged when setPageSize() > 0: an absolute
//                                       odata.nextLink / __next whose $skiptoken is the last
//                                       entity's key values (guid'ID',guid'StampId'); honours
//                                       $filter=StampId eq guid'...' (the only filter it knows:
//                                       400 for others), $top, $skip, $inlinecount=allpages
//   GET    {base}/<Set>/$count          the number of entities, text/plain
//   GET    {base}/<Set>(ID=guid'..',StampId=guid'..')   one entity (guid' or Guid')
//   POST   {base}/<Set>                 creates: 201 + the entity, Location header. StampId,
//                                       Name and each set's mandatory properties are required
//                                       (400 naming the property): a pool's
//                                       DefaultGatewayIPAddresses/DNSServers/DNSSearchSuffixes
//                                       (lists, may be empty), a VM subnet's Subnet (CIDR; an
//                                       undeclared property such as SubnetVLans is a 400)
//   PUT    {base}/<Set>(key)            a partial update: only the properties sent change;
//                                       a create-only one (a VM network's LogicalNetworkId,
//                                       IsolationType) is a 400: 204
//   MERGE / PATCH {base}/<Set>(key)     as PUT, where PUT is allowed (WCF Data Services' own)
//                                       ("Prefer: return-content" answers 200 + entity;
//                                       POST with X-HTTP-Method tunnels)
//   DELETE {base}/<Set>(key)            removes: 204; 409 while other entities reference it
// Verbs per set as SPF 2016 documents them: LogicalNetworks GET only; VMSubnets and
// StaticIPAddressPools no PUT (nor MERGE/PATCH); VMNetworks all four: 405 otherwise.
// LogicalNetworkDefinitions (network sites in VMM's cmdlet shape) is NOT SPF's: it is served,
// with all four verbs, only after setSiteSet(true), the project's documented extension; by
// default it answers 404 as SPF would, and pools only name their LogicalNetworkDefinitionId.
// Verbose answers carry __metadata per entity and wrap collection-valued properties as
// {"__metadata":{"type":"Collection(...)"},"results":[...]}. One peer serves several stamps
// (addStamp, entities added with that StampId). Errors are {"odata.error":{"code":"",
// "message":{"lang":"en-US","value":"..."}}} (verbose: {"error":...}).
//
// Fault injection applies to the next matching requests, then clears. A request first takes
// a matching delay, then at most one of drop / fail / truncate / malform, in the order they
// were asked for. drop and fail happen before the request is processed (nothing changes);
// truncate and malform after it (a write is applied, its answer is lost). Note that
// QNetworkAccessManager silently re-sends a request once when its connection closes before
// any byte of an answer (once per connection until a request succeeds), so dropNext(1) is
// invisible to it and dropNext(2) reaches it as RemoteHostClosedError. It also, now and then,
// finishes a truncated body without an error: a client must check the JSON (or the length).
//
// Thread-safe: the data, fault and log functions may be called from any thread while the
// peer serves from the thread it lives in (see SpfPeerThread).
class SpfPeer : public QObject
{
    Q_OBJECT
public:
    enum class Shape {
        Light,  // {"odata.metadata": ..., "value": [...], "odata.nextLink": "..."}
        Verbose // {"d": {"results": [...], "__next": "..."}}
    };
    struct Request
    {
        QString method; // as sent (POST for tunnelled MERGE; see tunnelledMethod)
        QString path;   // percent-decoded, without the query
        QByteArray body;
        QString query;           // percent-decoded, without '?'
        QString set;             // the entity set addressed, if any
        QString tunnelledMethod; // X-HTTP-Method, if any
        int status = 0;          // the status answered; 0 when the connection was dropped
        // How the request was authenticated ("NTLM CONTOSO\\svc", "Basic svc", "Bearer",
        // "NTLM challenge", "NTLM refused: wrong password for CONTOSO\\svc"); empty when
        // no authentication is required or none was sent.
        QString authentication;
    };

    explicit SpfPeer(QObject *parent = nullptr);
    ~SpfPeer() override;

    // 127.0.0.1, any free port (or the one given).
    bool listen(quint16 port = 0);
    // The same over HTTPS (as SPF serves only since 2012 R2) with this certificate and key
    // (PEM): the tests make a self-signed one at run time. Before listen().
    bool useTls(const QByteArray &certificatePem, const QByteArray &keyPem);
    QUrl baseUrl() const;
    static QString basePath()
    {
        return QStringLiteral("/SC2012R2/VMM/Microsoft.Management.Odata.svc");
    }
    // {base}/<set>(ID=guid'...',StampId=guid'...')
    QUrl entityUrl(const QString &set, const QUuid &id) const;
    QUuid stampId() const;
    void setStampId(const QUuid &stampId); // before any entity is added

    // Also serve LogicalNetworkDefinitions, the project's extension (default: off, as SPF).
    void setSiteSet(bool served);
    bool siteSet() const;
    // Another VMM server behind the same SPF: entities added with this StampId are its own.
    void addStamp(const QUuid &stampId);
    // The peer's own $metadata document (CSDL, namespace VMM): the documented entity types
    // (SPF-CONTRACT.md 1.5) of the sets it serves.
    QByteArray metadata() const;
    // For tests of a service that is not this SPF: $metadata without this property of the
    // set's entity type; or no $metadata at all (404, as a service without one).
    void omitFromMetadata(const QString &set, const QString &property);
    void setMetadataServed(bool served);

    void setShape(Shape shape);
    void setPageSize(int entitiesPerPage); // 0 = no paging
    // Next links relative to the service root ("LogicalNetworks?$skiptoken=42"), as some OData
    // services write them, instead of absolute URLs.
    void setRelativeNextLinks(bool relative);
    // Every next link the peer writes is this JSON text instead (not validated: a test of a
    // broken service sends invalid UTF-8, a number, null, ""). Empty = the real links.
    void setNextLinkJson(const QByteArray &json);
    // Either credential is accepted when both are set; 401 otherwise. Empty = not required.
    void setRequiredBearerToken(const QString &token);
    void setRequiredBasic(const QString &user, const QString &password);
    // Windows authentication as IIS does it in front of SPF: the 401 offers
    // "WWW-Authenticate: Negotiate" and "WWW-Authenticate: NTLM" (and Basic when
    // setRequiredBasic is set too), and the NTLM handshake (type 1, challenge, type 3 with an
    // NTLMv2 response checked against this account's password, NtlmServerSession)
    // authenticates the connection: later requests on it need no Authorization header.
    // "Negotiate <token>" is accepted when the token is raw NTLMSSP (SPNEGO/Kerberos is not
    // spoken: a client that has only Kerberos gets 401). A refused handshake answers 401
    // with IIS's HTML page and logs why (Request::authentication). Empty user = not required.
    void setRequiredWindows(const QString &domain, const QString &user, const QString &password);

    // The data (not validated: tests seed deliberately broken entities this way).
    QUuid add(const QString &set, QJsonObject entity); // assigns ID and StampId when missing
    bool update(const QString &set, const QUuid &id, const QJsonObject &changes); // merges
    bool remove(const QString &set, const QUuid &id);
    QList<QJsonObject> entities(const QString &set) const;
    std::optional<QJsonObject> entity(const QString &set, const QUuid &id) const;
    int count(const QString &set) const;
    // Exactly count entities over the 5 sets, consistent references, non-overlapping provider
    // subnets (SpfEntityStore::generate).
    void generate(int count);
    // {"StampId": "...", "<Set>": [entities...], ...}; returns an error message, empty on success.
    QString loadSeed(const QJsonObject &seed);
    QString loadSeedFile(const QString &path);
    QJsonObject seed() const;

    // Fault injection; an empty set matches requests for any set (and for no set).
    void failNext(int count, int httpStatus = 503, const QString &setOrEmptyForAny = {});
    void delayNext(int count, int milliseconds, const QString &setOrEmptyForAny = {});
    void dropNext(int count, const QString &setOrEmptyForAny = {});
    void truncateNext(int count, const QString &setOrEmptyForAny = {});
    void malformNext(int count, const QString &setOrEmptyForAny = {});
    // POST/PUT/MERGE/PATCH/DELETE on the set answer httpStatus (405 or 501) with an odata.error.
    void refuseWrites(const QString &set, int httpStatus = 405);
    void acceptWrites(const QString &set);
    void clearFaults(); // pending faults and refusals

    QList<Request> requests() const;
    void clearRequests();
    int requestCount() const;
    // Time spent producing and writing answers (not waiting in delays), for benchmarks.
    qint64 serverNanoseconds() const;

Q_SIGNALS:
    void requestHandled(const QString &method, const QString &path, int status);

private:
    struct Fault;
    struct Connection;
    enum class Action { Answer, Fail, Drop, Truncate, Malform };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void processNext(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpRequest &request, Action action, int failStatus);
    // m_mutex held
    HttpResponse route(const HttpRequest &request, Request &logEntry, Connection *connection);
    HttpResponse answerCollection(const QString &set, const QString &query);
    HttpResponse answerServiceDocument() const;
    bool served(const QString &set) const;
    HttpResponse answerEntity(int status, const QString &set, const QUuid &id);
    HttpResponse answerWrite(const QString &method, const QString &set, std::optional<QUuid> id,
                             const HttpRequest &request);
    HttpResponse error(int status, const QString &message) const;
    HttpResponse json(int status, QByteArray body) const;
    // True when the request may go on; else *answer is the 401 (or the NTLM challenge).
    bool authenticate(const HttpRequest &request, Request &logEntry, Connection *connection,
                      HttpResponse *answer);
    HttpResponse unauthorized(bool html) const;
    void addFault(int kind, int count, int value, const QString &set);
    int takeFault(bool delay, const QString &set, int *value); // kind or -1

    mutable QMutex m_mutex;
    SpfEntityStore m_store;
    Shape m_shape = Shape::Light;
    bool m_siteSet = false;
    int m_pageSize = 0;
    bool m_relativeNextLinks = false;
    QByteArray m_nextLinkJson;
    QString m_bearerToken;
    QByteArray m_basicCredentials; // "user:password"
    QSet<QString> m_metadataOmits; // "Set/Property"
    bool m_metadataServed = true;
    QString m_windowsDomain;
    QString m_windowsUser;
    QString m_windowsPassword;
    QList<Fault> m_faults;
    QHash<QString, int> m_refusedWrites;
    QList<Request> m_requests;
    qint64 m_serverNanoseconds = 0;

    QTcpServer *m_server;
    bool m_tls = false;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
};

// Runs an SpfPeer in its own thread, so a client that blocks its thread (a synchronous
// VmmSync::run() without a nested event loop) still gets answers. The peer's data, fault and
// log functions are thread-safe; call them through peer().
class SpfPeerThread
{
public:
    SpfPeerThread();
    ~SpfPeerThread();
    SpfPeer &peer() { return *m_peer; }
    bool listen(quint16 port = 0);

private:
    std::unique_ptr<class QThread> m_thread;
    SpfPeer *m_peer = nullptr;
};

} // namespace ipam::test
