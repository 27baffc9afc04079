#include "spfpeer.h"

#include "spfhttp.h"
#include "spfntlm.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace ipam::test {

namespace {

enum FaultKind { DelayFault, FailFault, DropFault, TruncateFault, MalformFault };

const QByteArray LightContentType
        = "application/json;odata=minimalmetadata;streaming=true;charset=utf-8";
const QByteArray VerboseContentType = "application/json;odata=verbose;charset=utf-8";

QByteArray jsonString(const QString &text)
{
    // A one-element array serializes the string with JSON escaping; strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool isWrite(const QString &method)
{
    return method == QLatin1String("POST") || method == QLatin1String("PUT")
            || method == QLatin1String("MERGE") || method == QLatin1String("PATCH")
            || method == QLatin1String("DELETE");
}

// "ID=guid'...',StampId=guid'...'" or "guid'...'": the ID and, if given, the StampId.
struct EntityKey
{
    QUuid id;
    std::optional<QUuid> stampId;
};
std::optional<EntityKey> parseKey(const QString &text)
{
    EntityKey key;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? QStringLiteral("ID") : part.left(equals).trimmed();
        QString value = (equals < 0 ? part : part.mid(equals + 1)).trimmed();
        if (value.startsWith(QLatin1String("guid'"), Qt::CaseInsensitive)
            && value.endsWith(QLatin1Char('\'')))
            value = value.mid(5, value.size() - 6);
        const QUuid guid = QUuid::fromString(value);
        if (guid.isNull())
            return std::nullopt;
        if (name == QLatin1String("ID"))
            key.id = guid;
        else if (name == QLatin1String("StampId"))
            key.stampId = guid;
        else
            return std::nullopt;
    }
    if (key.id.isNull())
        return std::nullopt;
    return key;
}

// A write body: the entity object, unwrapped from verbose {"d": {...}}, without OData's
// annotations.
std::variant<QJsonObject, QString> parseBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return QStringLiteral("the request body is not valid JSON: %1 at offset %2")
                .arg(parseError.errorString())
                .arg(parseError.offset);
    }
    if (!document.isObject())
        return QStringLiteral("the request body must be a JSON object");
    QJsonObject entity = document.object();
    if (entity.size() == 1 && entity.value(QStringLiteral("d")).isObject())
        entity = entity.value(QStringLiteral("d")).toObject();
    entity.remove(QStringLiteral("__metadata"));
    for (const QString &key : entity.keys()) {
        if (key.startsWith(QLatin1String("odata.")))
            entity.remove(key);
    }
    return entity;
}

// The entity set a request target addresses ({base}/<Set>..., percent-encoded), or empty.
QString setOfTarget(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    const QString path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (!path.startsWith(SpfPeer::basePath() + QLatin1Char('/')))
        return {};
    const QString rest = path.mid(SpfPeer::basePath().size() + 1);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != QLatin1Char('(') && rest[end] != QLatin1Char('/'))
        ++end;
    const QString set = rest.left(end);
    return SpfEntityStore::isSetName(set) ? set : QString();
}

// SPF 2016's verbs per set: LogicalNetworks GET only, VMSubnets and pools no PUT. The site
// set (the extension) takes all four.
bool verbAllowed(const QString &set, const QString &method)
{
    if (method == QLatin1String("GET"))
        return true;
    if (set == QLatin1String("VMNetworks") || set == QLatin1String("LogicalNetworkDefinitions"))
        return true;
    if (set == QLatin1String("LogicalNetworks"))
        return false;
    return method == QLatin1String("POST") || method == QLatin1String("DELETE");
}

// "-" under Update in SPF's entity pages, for the properties the connector writes.
QStringList createOnly(const QString &set)
{
    if (set == QLatin1String("VMNetworks"))
        return {QStringLiteral("LogicalNetworkId"), QStringLiteral("IsolationType")};
    return {};
}

// $filter=StampId eq guid'...': the one filter SPF's clients send to scope a stamp. Returns the
// stamp (null for no filter) or an error message.
std::variant<QUuid, QString> stampFilter(const QString &filter)
{
    if (filter.isEmpty())
        return QUuid();
    static const QRegularExpression pattern(
            QStringLiteral("^\\s*StampId\\s+eq\\s+guid'([0-9a-fA-F-]{36})'\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(filter);
    const QUuid stamp = match.hasMatch() ? QUuid::fromString(match.captured(1)) : QUuid();
    if (stamp.isNull())
        return QStringLiteral("this peer understands $filter=StampId eq guid'...' only, not %1")
                .arg(filter);
    return stamp;
}

QString rawQuery(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));
}

} // namespace

struct SpfPeer::Fault
{
    int kind;
    int remaining;
    int value; // status for fail, milliseconds for delay
    QString set;
};

struct SpfPeer::Connection
{
    HttpRequestReader reader;
    bool busy = false; // answering a request (possibly delayed); later ones wait
    // Windows authentication: NTLM authenticates the connection, not each request.
    std::unique_ptr<NtlmServerSession> ntlm;
};

SpfPeer::SpfPeer(QObject *parent)
    : QObject(parent)
    , m_store(QUuid::createUuid())
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SpfPeer::onNewConnection);
}

SpfPeer::~SpfPeer() = default;

bool SpfPeer::useTls(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    const QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull() || m_server->isListening())
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    // The handshake comes first: a connection is handed over once it is encrypted.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &SpfPeer::onNewConnection);
    delete m_server;
    m_server = server;
    m_tls = true;
    return true;
}

bool SpfPeer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl SpfPeer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_server->serverPort())
                        .arg(basePath()));
}

QUrl SpfPeer::entityUrl(const QString &set, const QUuid &id) const
{
    return QUrl(
            baseUrl().toString()
            + QStringLiteral("/%1(ID=guid'%2',StampId=guid'%3')")
                      .arg(set, SpfEntityStore::guidText(id), SpfEntityStore::guidText(stampId())));
}

QUuid SpfPeer::stampId() const
{
    QMutexLocker lock(&m_mutex);
    return m_store.stampId();
}

void SpfPeer::setStampId(const QUuid &stampId)
{
    QMutexLocker lock(&m_mutex);
    m_store.setStampId(stampId);
}

void SpfPeer::setSiteSet(bool served)
{
    QMutexLocker lock(&m_mutex);
    m_siteSet = served;
}

bool SpfPeer::siteSet() const
{
    QMutexLocker lock(&m_mutex);
    return m_siteSet;
}

void SpfPeer::addStamp(const QUuid &stampId)
{
    QMutexLocker lock(&m_mutex);
    m_store.addStamp(stampId);
}

bool SpfPeer::served(const QString &set) const
{
    return SpfEntityStore::isSetName(set)
            && (m_siteSet || set != QLatin1String("LogicalNetworkDefinitions"));
}

HttpResponse SpfPeer::answerServiceDocument() const
{
    QByteArray light;
    QByteArray verbose;
    for (const QString &set : SpfEntityStore::setNames()) {
        if (!served(set))
            continue;
        light += (light.isEmpty() ? "" : ",") + QByteArray("{\"name\":\"") + set.toLatin1()
                + "\",\"url\":\"" + set.toLatin1() + "\"}";
        verbose += (verbose.isEmpty() ? "\"" : ",\"") + set.toLatin1() + '"';
    }
    return json(200,
                m_shape == Shape::Light
                        ? "{\"odata.metadata\":" + jsonString(baseUrl().toString() + "/$metadata")
                                + ",\"value\":[" + light + "]}"
                        : "{\"d\":{\"EntitySets\":[" + verbose + "]}}");
}

QByteArray SpfPeer::metadata() const
{
    // The properties the connector reads or writes, with SPF's Edm types (SPF-CONTRACT.md 1.5).
    struct Property
    {
        const char *name;
        const char *type;
    };
    struct Type
    {
        const char *set;
        const char *type;
        std::vector<Property> properties;
    };
    const std::vector<Type> types = {
            {"LogicalNetworks",
             "LogicalNetwork",
             {{"CloudId", "Edm.Guid"},
              {"Name", "Edm.String"},
              {"Description", "Edm.String"},
              {"NetworkVirtualizationEnabled", "Edm.Boolean"}}},
            {"LogicalNetworkDefinitions",
             "LogicalNetworkDefinition",
             {{"Name", "Edm.String"},
              {"LogicalNetworkId", "Edm.Guid"},
              {"SubnetVLans", "Collection(VMM.SubnetVLan)"},
              {"HostGroups", "Collection(Edm.String)"}}},
            {"StaticIPAddressPools",
             "StaticIPAddressPool",
             {{"Name", "Edm.String"},
              {"Description", "Edm.String"},
              {"Subnet", "Edm.String"},
              {"AddressFamily", "Edm.String"},
              {"LogicalNetworkDefinitionId", "Edm.Guid"},
              {"VMSubnetId", "Edm.Guid"},
              {"IPAddressRangeStart", "Edm.String"},
              {"IPAddressRangeEnd", "Edm.String"},
              {"IPAddressReservedSet", "Edm.String"},
              {"VIPAddressSet", "Edm.String"},
              {"DefaultGatewayIPAddresses", "Collection(Edm.String)"},
              {"DNSServers", "Collection(Edm.String)"},
              {"DNSSearchSuffixes", "Collection(Edm.String)"},
              {"DNSSuffix", "Edm.String"},
              {"WINSServers", "Collection(Edm.String)"},
              {"EnableNetBIOS", "Edm.Boolean"},
              {"VLanID", "Edm.Int32"},
              {"IsIPv4", "Edm.Boolean"},
              {"IsMulticastPool", "Edm.Boolean"},
              {"IsViewOnly", "Edm.Boolean"},
              {"MarkedForDeletion", "Edm.Boolean"},
              {"ExternalSyncTime", "Edm.DateTime"},
              {"VMHostGroup", "Edm.String"},
              {"AvailableAddresses", "Edm.Decimal"},
              {"TotalAddresses", "Edm.Decimal"},
              {"ReservedAddresses", "Edm.Decimal"}}},
            {"VMNetworks",
             "VMNetwork",
             {{"Name", "Edm.String"},
              {"Description", "Edm.String"},
              {"AddedTime", "Edm.DateTime"},
              {"ModifiedTime", "Edm.DateTime"},
              {"AutoCreateSubnet", "Edm.Boolean"},
              {"CAIPAddressPoolType", "Edm.String"},
              {"PAIPAddressPoolType", "Edm.String"},
              {"Enabled", "Edm.Boolean"},
              {"ExternalName", "Edm.String"},
              {"GrantedToList", "Collection(VMM.UserAndRole)"},
              {"IsAssigned", "Edm.Boolean"},
              {"IsolationType", "Edm.String"},
              {"LogicalNetworkId", "Edm.Guid"},
              {"LogicalNetworkName", "Edm.String"},
              {"Owner", "VMM.UserAndRole"},
              {"RoutingDomainId", "Edm.Guid"},
              {"PROTipID", "Edm.Guid"}}},
            {"VMSubnets",
             "VMSubnet",
             {{"Name", "Edm.String"},
              {"Subnet", "Edm.String"},
              {"VMNetworkId", "Edm.Guid"},
              {"VMNetworkName", "Edm.String"}}},
    };
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                     "<edmx:Edmx Version=\"1.0\" "
                     "xmlns:edmx=\"http://schemas.microsoft.com/ado/2007/06/edmx\">"
                     "<edmx:DataServices m:DataServiceVersion=\"3.0\" "
                     "xmlns:m=\"http://schemas.microsoft.com/ado/2007/08/dataservices/metadata\">"
                     "<Schema Namespace=\"VMM\" "
                     "xmlns=\"http://schemas.microsoft.com/ado/2009/11/edm\">"
                     "<ComplexType Name=\"SubnetVLan\"><Property Name=\"Subnet\" "
                     "Type=\"Edm.String\"/><Property Name=\"VLanID\" Type=\"Edm.Int32\"/>"
                     "<Property Name=\"SecondaryVLanID\" Type=\"Edm.Int32\"/><Property "
                     "Name=\"SupportsDHCP\" Type=\"Edm.Boolean\"/></ComplexType>"
                     "<ComplexType Name=\"UserAndRole\"><Property Name=\"UserName\" "
                     "Type=\"Edm.String\"/><Property Name=\"RoleName\" Type=\"Edm.String\"/>"
                     "<Property Name=\"RoleID\" Type=\"Edm.Guid\"/></ComplexType>";
    QByteArray container = "<EntityContainer Name=\"VMM\" "
                           "m:IsDefaultEntityContainer=\"true\">";
    for (const Type &type : types) {
        if (!served(QLatin1String(type.set)))
            continue;
        xml += QByteArray("<EntityType Name=\"") + type.type
                + "\"><Key><PropertyRef Name=\"ID\"/><PropertyRef Name=\"StampId\"/></Key>"
                  "<Property Name=\"ID\" Type=\"Edm.Guid\" Nullable=\"false\"/>"
                  "<Property Name=\"StampId\" Type=\"Edm.Guid\" Nullable=\"false\"/>";
        for (const Property &property : type.properties) {
            if (m_metadataOmits.contains(QLatin1String(type.set) + QLatin1Char('/')
                                         + QLatin1String(property.name)))
                continue;
            xml += QByteArray("<Property Name=\"") + property.name + "\" Type=\"" + property.type
                    + "\"/>";
        }
        xml += "</EntityType>";
        container += QByteArray("<EntitySet Name=\"") + type.set + "\" EntityType=\"VMM."
                + type.type + "\"/>";
    }
    return xml + container + "</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>";
}

void SpfPeer::omitFromMetadata(const QString &set, const QString &property)
{
    QMutexLocker lock(&m_mutex);
    m_metadataOmits.insert(set + QLatin1Char('/') + property);
}

void SpfPeer::setMetadataServed(bool served)
{
    QMutexLocker lock(&m_mutex);
    m_metadataServed = served;
}

void SpfPeer::setShape(Shape shape)
{
    QMutexLocker lock(&m_mutex);
    m_shape = shape;
}

void SpfPeer::setPageSize(int entitiesPerPage)
{
    QMutexLocker lock(&m_mutex);
    m_pageSize = std::max(0, entitiesPerPage);
}

void SpfPeer::setRelativeNextLinks(bool relative)
{
    QMutexLocker lock(&m_mutex);
    m_relativeNextLinks = relative;
}

void SpfPeer::setNextLinkJson(const QByteArray &json)
{
    QMutexLocker lock(&m_mutex);
    m_nextLinkJson = json;
}

void SpfPeer::setRequiredBearerToken(const QString &token)
{
    QMutexLocker lock(&m_mutex);
    m_bearerToken = token;
}

void SpfPeer::setRequiredBasic(const QString &user, const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_basicCredentials
            = user.isEmpty() ? QByteArray() : (user + QLatin1Char(':') + password).toUtf8();
}

void SpfPeer::setRequiredWindows(const QString &domain, const QString &user,
                                 const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_windowsDomain = domain;
    m_windowsUser = user;
    m_windowsPassword = password;
}

QUuid SpfPeer::add(const QString &set, QJsonObject entity)
{
    QMutexLocker lock(&m_mutex);
    return m_store.add(set, std::move(entity));
}

bool SpfPeer::update(const QString &set, const QUuid &id, const QJsonObject &changes)
{
    QMutexLocker lock(&m_mutex);
    return m_store.update(set, id, changes);
}

bool SpfPeer::remove(const QString &set, const QUuid &id)
{
    QMutexLocker lock(&m_mutex);
    return m_store.remove(set, id);
}

QList<QJsonObject> SpfPeer::entities(const QString &set) const
{
    QMutexLocker lock(&m_mutex);
    return m_store.entities(set);
}

std::optional<QJsonObject> SpfPeer::entity(const QString &set, const QUuid &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_store.entity(set, id);
}

int SpfPeer::count(const QString &set) const
{
    QMutexLocker lock(&m_mutex);
    return int(m_store.count(set));
}

void SpfPeer::generate(int count)
{
    QMutexLocker lock(&m_mutex);
    m_store.generate(count);
}

QString SpfPeer::loadSeed(const QJsonObject &seed)
{
    QMutexLocker lock(&m_mutex);
    return m_store.loadSeed(seed);
}

QString SpfPeer::loadSeedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return QStringLiteral("%1 is not a JSON object: %2")
                .arg(path,
                     parseError.error == QJsonParseError::NoError
                             ? QStringLiteral("top level is not an object")
                             : parseError.errorString());
    }
    return loadSeed(document.object());
}

QJsonObject SpfPeer::seed() const
{
    QMutexLocker lock(&m_mutex);
    return m_store.seed();
}

void SpfPeer::addFault(int kind, int count, int value, const QString &set)
{
    if (count <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    m_faults.append(Fault{kind, count, value, set});
}

void SpfPeer::failNext(int count, int httpStatus, const QString &setOrEmptyForAny)
{
    addFault(FailFault, count, httpStatus, setOrEmptyForAny);
}

void SpfPeer::delayNext(int count, int milliseconds, const QString &setOrEmptyForAny)
{
    addFault(DelayFault, count, milliseconds, setOrEmptyForAny);
}

void SpfPeer::dropNext(int count, const QString &setOrEmptyForAny)
{
    addFault(DropFault, count, 0, setOrEmptyForAny);
}

void SpfPeer::truncateNext(int count, const QString &setOrEmptyForAny)
{
    addFault(TruncateFault, count, 0, setOrEmptyForAny);
}

void SpfPeer::malformNext(int count, const QString &setOrEmptyForAny)
{
    addFault(MalformFault, count, 0, setOrEmptyForAny);
}

void SpfPeer::refuseWrites(const QString &set, int httpStatus)
{
    QMutexLocker lock(&m_mutex);
    m_refusedWrites.insert(set, httpStatus);
}

void SpfPeer::acceptWrites(const QString &set)
{
    QMutexLocker lock(&m_mutex);
    m_refusedWrites.remove(set);
}

void SpfPeer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
    m_refusedWrites.clear();
}

int SpfPeer::takeFault(bool delay, const QString &set, int *value)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if ((fault.kind == DelayFault) != delay || (!fault.set.isEmpty() && fault.set != set))
            continue;
        const int kind = fault.kind;
        *value = fault.value;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return kind;
    }
    return -1;
}

QList<SpfPeer::Request> SpfPeer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void SpfPeer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

int SpfPeer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

qint64 SpfPeer::serverNanoseconds() const
{
    QMutexLocker lock(&m_mutex);
    return m_serverNanoseconds;
}

void SpfPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void SpfPeer::onReadyRead(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->reader.feed(socket->readAll());
    processNext(socket);
}

void SpfPeer::processNext(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection || connection->busy)
        return;
    switch (connection->reader.poll()) {
    case HttpRequestReader::State::NeedMore:
        return;
    case HttpRequestReader::State::Invalid: {
        HttpResponse response = error(400, connection->reader.errorText());
        response.close = true;
        socket->write(response.serialize());
        socket->disconnectFromHost();
        return;
    }
    case HttpRequestReader::State::Complete:
        break;
    }
    connection->busy = true;
    const HttpRequest request = connection->reader.takeRequest();

    // The set addressed decides which faults match.
    const QString set = setOfTarget(request.target);

    int delay = 0;
    int failStatus = 0;
    Action action = Action::Answer;
    {
        QMutexLocker lock(&m_mutex);
        takeFault(true, set, &delay);
        switch (takeFault(false, set, &failStatus)) {
        case FailFault:
            action = Action::Fail;
            break;
        case DropFault:
            action = Action::Drop;
            break;
        case TruncateFault:
            action = Action::Truncate;
            break;
        case MalformFault:
            action = Action::Malform;
            break;
        default:
            break;
        }
    }
    if (delay > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, guard, request, action, failStatus] {
            if (guard)
                respond(guard, request, action, failStatus);
        });
    } else {
        respond(socket, request, action, failStatus);
    }
}

void SpfPeer::respond(QTcpSocket *socket, const HttpRequest &request, Action action, int failStatus)
{
    QElapsedTimer timer;
    timer.start();
    Request logEntry;
    logEntry.method = QString::fromLatin1(request.method);
    const qsizetype question = request.target.indexOf('?');
    logEntry.path = QUrl::fromPercentEncoding(question < 0 ? request.target
                                                           : request.target.left(question));
    logEntry.query = question < 0 ? QString()
                                  : QUrl::fromPercentEncoding(request.target.mid(question + 1));
    logEntry.body = request.body;
    logEntry.tunnelledMethod = QString::fromLatin1(request.header("x-http-method")).toUpper();

    HttpResponse response;
    {
        QMutexLocker lock(&m_mutex);
        if (action == Action::Drop) {
            m_requests.append(logEntry);
        } else {
            response = action == Action::Fail
                    ? error(failStatus,
                            QStringLiteral("Injected failure %1 (SpfPeer::failNext)")
                                    .arg(failStatus))
                    : route(request, logEntry, m_connections.value(socket).get());
            if (action == Action::Malform) {
                response.status = 200;
                response.body = response.body.left(response.body.size() / 2) + "\x01,]}{\"";
            }
            logEntry.status = response.status;
            m_requests.append(logEntry);
        }
    }

    if (action == Action::Drop || (action == Action::Truncate && response.body.isEmpty())) {
        socket->abort();
    } else if (action == Action::Truncate) {
        socket->write(response.head(response.body.size()));
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
    } else {
        response.close = response.close || request.wantsClose();
        socket->write(response.serialize());
        if (response.close) {
            socket->disconnectFromHost();
        } else if (const auto connection = m_connections.value(socket)) {
            connection->busy = false;
            // Pipelined requests already buffered are answered in order.
            QMetaObject::invokeMethod(
                    this,
                    [this, guard = QPointer<QTcpSocket>(socket)] {
                        if (guard)
                            processNext(guard);
                    },
                    Qt::QueuedConnection);
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        m_serverNanoseconds += timer.nsecsElapsed();
    }
    Q_EMIT requestHandled(logEntry.method, logEntry.path, logEntry.status);
}

HttpResponse SpfPeer::unauthorized(bool html) const
{
    HttpResponse response;
    if (html) {
        // What IIS answers (its page, not an OData error): the 401 comes before SPF.
        response.status = 401;
        response.addHeader("Server", "Microsoft-IIS/8.5");
        response.addHeader("Content-Type", "text/html");
        response.body = "<!DOCTYPE html><html><head><title>401 - Unauthorized: Access is denied "
                        "due to invalid credentials.</title></head><body><h2>401 - Unauthorized: "
                        "Access is denied due to invalid credentials.</h2><h3>You do not have "
                        "permission to view this directory or page using the credentials that "
                        "you supplied.</h3></body></html>";
    } else {
        response = error(401, QStringLiteral("Authorization required"));
    }
    if (!m_windowsUser.isEmpty()) {
        response.addHeader("WWW-Authenticate", "Negotiate");
        response.addHeader("WWW-Authenticate", "NTLM");
    }
    if (!m_basicCredentials.isEmpty())
        response.addHeader("WWW-Authenticate", "Basic realm=\"SPF\"");
    if (!m_bearerToken.isEmpty())
        response.addHeader("WWW-Authenticate", "Bearer");
    return response;
}

bool SpfPeer::authenticate(const HttpRequest &request, Request &logEntry, Connection *connection,
                           HttpResponse *answer)
{
    const bool windows = !m_windowsUser.isEmpty();
    if (m_bearerToken.isEmpty() && m_basicCredentials.isEmpty() && !windows)
        return true;
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    const QByteArray value = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    if (!m_bearerToken.isEmpty() && scheme == "bearer" && value == m_bearerToken.toUtf8()) {
        logEntry.authentication = QStringLiteral("Bearer");
        return true;
    }
    if (!m_basicCredentials.isEmpty() && scheme == "basic"
        && QByteArray::fromBase64(value) == m_basicCredentials) {
        logEntry.authentication = QStringLiteral("Basic ")
                + QString::fromUtf8(m_basicCredentials.left(m_basicCredentials.indexOf(':')));
        return true;
    }
    if (windows && connection && (scheme == "ntlm" || scheme == "negotiate")) {
        // A new handshake starts over, even on an authenticated connection.
        if (!connection->ntlm)
            connection->ntlm = std::make_unique<NtlmServerSession>(m_windowsDomain, m_windowsUser,
                                                                   m_windowsPassword);
        const QByteArray challenge = connection->ntlm->step(value);
        if (!challenge.isEmpty()) {
            logEntry.authentication = QStringLiteral("NTLM challenge");
            *answer = unauthorized(true);
            answer->headers.removeIf([](const auto &h) { return h.first == "WWW-Authenticate"; });
            answer->addHeader("WWW-Authenticate",
                              (scheme == "ntlm" ? "NTLM " : "Negotiate ") + challenge);
            return false;
        }
        if (connection->ntlm->authenticated()) {
            logEntry.authentication = QStringLiteral("NTLM ") + connection->ntlm->clientName();
            return true;
        }
        logEntry.authentication = QStringLiteral("NTLM refused: ") + connection->ntlm->failure();
        connection->ntlm.reset();
        *answer = unauthorized(true);
        return false;
    }
    if (windows && authorization.isEmpty() && connection && connection->ntlm
        && connection->ntlm->authenticated()) {
        logEntry.authentication = QStringLiteral("NTLM ") + connection->ntlm->clientName();
        return true; // the connection was authenticated by an earlier handshake
    }
    if (!authorization.isEmpty())
        logEntry.authentication
                = QStringLiteral("refused: ") + QString::fromLatin1(authorization.left(space));
    *answer = unauthorized(windows);
    return false;
}

HttpResponse SpfPeer::route(const HttpRequest &request, Request &logEntry, Connection *connection)
{
    if (HttpResponse challenge; !authenticate(request, logEntry, connection, &challenge))
        return challenge;

    const QString &path = logEntry.path;
    if (!path.startsWith(basePath())
        || (path.size() > basePath().size() && path[basePath().size()] != QLatin1Char('/'))) {
        return error(404,
                     QStringLiteral("No OData service at %1; the service is at %2")
                             .arg(path, basePath()));
    }
    QString method = logEntry.method;
    if (method == QLatin1String("POST") && !logEntry.tunnelledMethod.isEmpty())
        method = logEntry.tunnelledMethod;

    QString rest = path.mid(basePath().size() + 1);
    if (rest.isEmpty()) {
        if (method != QLatin1String("GET"))
            return error(405, QStringLiteral("The service document is read-only"));
        return answerServiceDocument();
    }
    if (rest == QLatin1String("$metadata")) {
        if (!m_metadataServed)
            return error(404, QStringLiteral("Resource not found for the segment '$metadata'."));
        if (method != QLatin1String("GET"))
            return error(405, QStringLiteral("$metadata is read-only"));
        HttpResponse response;
        response.addHeader("Content-Type", "application/xml;charset=utf-8");
        response.addHeader("DataServiceVersion", "3.0;");
        response.body = metadata();
        return response;
    }

    // <Set>, <Set>/$count, <Set>(key)
    qsizetype nameEnd = rest.size();
    for (const QChar stop : {QLatin1Char('('), QLatin1Char('/')}) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0)
            nameEnd = std::min(nameEnd, at);
    }
    const QString set = rest.left(nameEnd);
    const QString suffix = rest.mid(nameEnd);
    if (!served(set))
        return error(404, QStringLiteral("Resource not found for the segment '%1'.").arg(set));
    logEntry.set = set;

    if (isWrite(method) && !verbAllowed(set, method)) {
        return error(405,
                     QStringLiteral("The VMM service does not support %1 on %2 (SPF: %3).")
                             .arg(method, set,
                                  set == QLatin1String("LogicalNetworks")
                                          ? QStringLiteral("GET only")
                                          : QStringLiteral("GET, POST and DELETE")));
    }
    if (isWrite(method) && m_refusedWrites.contains(set)) {
        return error(m_refusedWrites.value(set),
                     QStringLiteral("The VMM service does not support %1 on %2.").arg(method, set));
    }

    if (suffix.isEmpty()) {
        if (method == QLatin1String("GET"))
            return answerCollection(set, rawQuery(request.target));
        if (method == QLatin1String("POST"))
            return answerWrite(method, set, std::nullopt, request);
        return error(405,
                     QStringLiteral("%1 is not allowed on the entity set %2; address one "
                                    "entity as %2(ID=guid'...',StampId=guid'...')")
                             .arg(method, set));
    }
    if (suffix == QLatin1String("/$count")) {
        if (method != QLatin1String("GET"))
            return error(405, QStringLiteral("$count is read-only"));
        HttpResponse response;
        response.addHeader("Content-Type", "text/plain;charset=utf-8");
        response.body = QByteArray::number(m_store.count(set));
        return response;
    }
    if (!suffix.startsWith(QLatin1Char('(')) || !suffix.endsWith(QLatin1Char(')'))) {
        return error(404, QStringLiteral("Resource not found for the segment '%1'.").arg(rest));
    }
    const std::optional<EntityKey> key = parseKey(suffix.mid(1, suffix.size() - 2));
    if (!key) {
        return error(400,
                     QStringLiteral("Bad entity key %1; expected (ID=guid'...',StampId=guid'...')")
                             .arg(suffix));
    }
    const std::optional<QJsonObject> addressed = m_store.entity(set, key->id);
    if (!addressed
        || (key->stampId
            && QUuid::fromString(addressed->value(QStringLiteral("StampId")).toString())
                    != *key->stampId)) {
        return error(404,
                     QStringLiteral("No entity %1 in %2 on this VMM server.")
                             .arg(SpfEntityStore::guidText(key->id), set));
    }
    if (method == QLatin1String("GET"))
        return answerEntity(200, set, key->id);
    if (method == QLatin1String("POST"))
        return error(405,
                     QStringLiteral("POST creates in an entity set, not on one entity; "
                                    "use PUT or MERGE to update"));
    return answerWrite(method, set, key->id, request);
}

// query: as sent (percent-encoded), so an encoded '&' or '=' inside a value stays in it.
HttpResponse SpfPeer::answerCollection(const QString &set, const QString &query)
{
    const QUrlQuery options(query);
    auto number = [&](const QString &option, qint64 fallback) -> std::optional<qint64> {
        if (!options.hasQueryItem(option))
            return fallback;
        bool ok = false;
        const qint64 value = options.queryItemValue(option, QUrl::FullyDecoded).toLongLong(&ok);
        return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
    };
    // WCF Data Services' $skiptoken is the last entity's key values, in key order:
    // guid'ID',guid'StampId' (a plain number is this peer's older form, still read).
    std::optional<qint64> token = 0;
    const QString skiptoken
            = options.queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded);
    if (skiptoken.startsWith(QLatin1String("guid'"), Qt::CaseInsensitive)) {
        // Positional, in key order (ID, StampId).
        const std::optional<EntityKey> key = parseKey(skiptoken.section(QLatin1Char(','), 0, 0));
        const std::optional<quint64> after
                = key ? m_store.tokenOf(set, key->id) : std::optional<quint64>();
        if (!after)
            return error(400,
                         QStringLiteral("$skiptoken %1 names no entity of %2").arg(skiptoken, set));
        token = qint64(*after);
    } else {
        token = number(QStringLiteral("$skiptoken"), 0);
    }
    const auto stamp
            = stampFilter(options.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded));
    if (const QString *problem = std::get_if<QString>(&stamp))
        return error(400, *problem);
    const std::optional<qint64> skip = number(QStringLiteral("$skip"), 0);
    const std::optional<qint64> top = number(QStringLiteral("$top"), -1);
    if (!token || !skip || !top) {
        return error(
                400,
                QStringLiteral("$skiptoken, $skip and $top take a whole number: %1").arg(query));
    }
    qsizetype limit = *top;
    if (m_pageSize > 0 && (limit < 0 || limit > m_pageSize))
        limit = m_pageSize;
    const SpfEntityStore::Page page
            = m_store.page(set, quint64(*token), *skip, limit, std::get<QUuid>(stamp),
                           m_shape == Shape::Verbose, baseUrl().toString());

    QByteArray next;
    if (m_pageSize > 0 && page.nextToken && (*top < 0 || *top > page.itemCount)) {
        QUrlQuery nextQuery;
        for (const auto &[name, value] : options.queryItems(QUrl::FullyEncoded)) {
            if (name != QLatin1String("$skiptoken") && name != QLatin1String("$skip")
                && name != QLatin1String("$top")) {
                nextQuery.addQueryItem(name, value);
            }
        }
        if (*top >= 0)
            nextQuery.addQueryItem(QStringLiteral("$top"), QString::number(*top - page.itemCount));
        nextQuery.addQueryItem(QStringLiteral("$skiptoken"),
                               QStringLiteral("guid'%1',guid'%2'")
                                       .arg(SpfEntityStore::guidText(page.lastId),
                                            SpfEntityStore::guidText(page.lastStamp)));
        QUrl url(m_relativeNextLinks ? set : baseUrl().toString() + QLatin1Char('/') + set);
        url.setQuery(nextQuery);
        next = m_nextLinkJson.isEmpty() ? jsonString(url.toString(QUrl::FullyEncoded))
                                        : m_nextLinkJson;
    }
    const bool inlineCount
            = options.queryItemValue(QStringLiteral("$inlinecount"), QUrl::FullyDecoded)
            == QLatin1String("allpages");
    const QByteArray total = '"' + QByteArray::number(page.total) + '"';

    QByteArray body;
    body.reserve(page.items.size() + 512);
    if (m_shape == Shape::Light) {
        body += "{\"odata.metadata\":" + jsonString(baseUrl().toString() + "/$metadata#" + set);
        if (inlineCount)
            body += ",\"odata.count\":" + total;
        body += ",\"value\":[";
        body += page.items;
        body += ']';
        if (!next.isEmpty())
            body += ",\"odata.nextLink\":" + next;
        body += '}';
    } else {
        body += "{\"d\":{\"results\":[";
        body += page.items;
        body += ']';
        if (inlineCount)
            body += ",\"__count\":" + total;
        if (!next.isEmpty())
            body += ",\"__next\":" + next;
        body += "}}";
    }
    return json(200, std::move(body));
}

HttpResponse SpfPeer::answerEntity(int status, const QString &set, const QUuid &id)
{
    if (m_shape == Shape::Verbose)
        return json(status,
                    "{\"d\":" + m_store.verboseEntityJson(set, id, baseUrl().toString()) + '}');
    const QByteArray entity = m_store.entityJson(set, id);
    return json(status,
                "{\"odata.metadata\":"
                        + jsonString(baseUrl().toString() + "/$metadata#" + set + "/@Element") + ','
                        + entity.mid(1));
}

HttpResponse SpfPeer::answerWrite(const QString &method, const QString &set,
                                  std::optional<QUuid> id, const HttpRequest &request)
{
    if (method == QLatin1String("DELETE")) {
        if (const QString blocked = m_store.blockingReferences(set, *id); !blocked.isEmpty())
            return error(409, blocked);
        m_store.remove(set, *id);
        return json(204, {});
    }
    if (method != QLatin1String("POST") && method != QLatin1String("PUT")
        && method != QLatin1String("MERGE") && method != QLatin1String("PATCH")) {
        return error(405, QStringLiteral("Method %1 is not supported").arg(method));
    }

    const auto parsed = parseBody(request.body);
    if (const QString *problem = std::get_if<QString>(&parsed))
        return error(400, *problem);
    QJsonObject entity = std::get<QJsonObject>(parsed);

    if (!id) { // POST
        const QJsonValue given = entity.value(QStringLiteral("ID"));
        if (!given.isNull() && !given.isUndefined()) {
            const QUuid wanted = QUuid::fromString(given.toString());
            if (!wanted.isNull() && !m_store.entityJson(set, wanted).isEmpty()) {
                return error(409,
                             QStringLiteral("%1 already has an entity with ID %2")
                                     .arg(set, SpfEntityStore::guidText(wanted)));
            }
        } else {
            entity.remove(QStringLiteral("ID"));
        }
        if (const QString problem = m_store.validateCreate(set, entity); !problem.isEmpty())
            return error(400, QStringLiteral("%1: %2").arg(set, problem));
        const QUuid created = m_store.add(set, entity);
        HttpResponse response = answerEntity(201, set, created);
        response.addHeader("Location",
                           (baseUrl().toString()
                            + QStringLiteral("/%1(ID=guid'%2',StampId=guid'%3')")
                                      .arg(set, SpfEntityStore::guidText(created),
                                           SpfEntityStore::guidText(m_store.stampId())))
                                   .toUtf8());
        return response;
    }

    const QJsonValue givenId = entity.value(QStringLiteral("ID"));
    if (givenId.isString() && QUuid::fromString(givenId.toString()) != *id) {
        return error(400,
                     QStringLiteral("%1: the ID cannot change (body says %2, URL says %3)")
                             .arg(set, givenId.toString(), SpfEntityStore::guidText(*id)));
    }
    // SPF's PUT is partial: "optional properties ... that are omitted do not change values".
    for (const QString &property : createOnly(set)) {
        if (entity.contains(property))
            return error(400,
                         QStringLiteral("%1: property %2 cannot be updated (it is set on "
                                        "create only)")
                                 .arg(set, property));
    }
    const QJsonValue givenStamp = entity.value(QStringLiteral("StampId"));
    QJsonObject merged = *m_store.entity(set, *id);
    if (givenStamp.isString() && givenStamp != merged.value(QStringLiteral("StampId")))
        return error(400, QStringLiteral("%1: the StampId cannot change").arg(set));
    for (auto it = entity.constBegin(); it != entity.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    merged.insert(QStringLiteral("ID"), SpfEntityStore::guidText(*id));
    if (const QString problem = m_store.validate(set, merged); !problem.isEmpty())
        return error(400, QStringLiteral("%1: %2").arg(set, problem));
    m_store.replace(set, *id, merged);
    if (request.header("prefer").contains("return-content"))
        return answerEntity(200, set, *id);
    return json(204, {});
}

HttpResponse SpfPeer::error(int status, const QString &message) const
{
    return json(status,
                QByteArray(m_shape == Shape::Light ? "{\"odata.error\"" : "{\"error\"")
                        + ":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":"
                        + jsonString(message) + "}}}");
}

HttpResponse SpfPeer::json(int status, QByteArray body) const
{
    HttpResponse response;
    response.status = status;
    response.addHeader("Server", "spf-test-peer");
    if (!body.isEmpty()) {
        response.addHeader("Content-Type",
                           m_shape == Shape::Light ? LightContentType : VerboseContentType);
    }
    response.addHeader("DataServiceVersion", m_shape == Shape::Light ? "3.0;" : "2.0;");
    response.body = std::move(body);
    return response;
}

SpfPeerThread::SpfPeerThread()
    : m_thread(std::make_unique<QThread>())
    , m_peer(new SpfPeer)
{
    m_thread->setObjectName(QStringLiteral("spf-test-peer"));
    m_peer->moveToThread(m_thread.get());
    m_thread->start();
}

SpfPeerThread::~SpfPeerThread()
{
    // Deleted in its own thread: QThread runs pending deferred deletes as it finishes.
    m_peer->deleteLater();
    m_thread->quit();
    m_thread->wait();
}

bool SpfPeerThread::listen(quint16 port)
{
    bool ok = false;
    QMetaObject::invokeMethod(
            m_peer, [this, port] { return m_peer->listen(port); }, Qt::BlockingQueuedConnection,
            &ok);
    return ok;
}

} // namespace ipam::test
