#include "vmmconnectioncheck.h"

#include "vmm/vmmclient.h"
#include "vmm/vmmentities.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ipam {

VmmConnectionCheck checkVmmConnection(const VmmSyncOptions &options,
                                      const std::atomic<bool> *cancelled)
{
    VmmConnectionCheck check;
    VmmClient client(options, cancelled);
    const Parsed<QStringList> sets = client.fetchServiceDocument();
    check.warnings = client.warnings();
    if (!sets) {
        check.error = sets.error();
        return check;
    }
    check.sets = sets.value();
    QStringList missing;
    for (const QString &set : vmm::contractSets()) {
        if (!check.sets.contains(set))
            missing.append(set);
    }
    if (!missing.isEmpty()) {
        check.error
                = QCoreApplication::translate(
                          "ipam::VmmSync", "%1 offers no %2: not SPF's VMM service (it offers %3)")
                          .arg(options.baseUrl.toString(QUrl::RemoveUserInfo),
                               missing.join(QLatin1String(", ")),
                               check.sets.isEmpty() ? QCoreApplication::translate("ipam::VmmSync",
                                                                                  "no entity sets")
                                                    : check.sets.join(QLatin1String(", ")));
        return check;
    }
    const VmmMetadataReply metadata = client.fetchMetadata();
    if (metadata.state == VmmMetadataReply::State::Failed) {
        check.error = metadata.message;
        return check;
    }
    if (metadata.state == VmmMetadataReply::State::Read) {
        if (const QString problem = vmm::metadataProblem(
                    metadata.metadata, check.sets, options.baseUrl.toString(QUrl::RemoveUserInfo));
            !problem.isEmpty()) {
            check.error = problem;
            return check;
        }
        check.metadataChecked = true;
    }
    // SPF has no stamp set in its VMM service: the stamps are those its entities name.
    const VmmSetReply networks = client.fetchSet(vmm::logicalNetworks);
    check.warnings = client.warnings();
    if (!networks.ok()) {
        check.error = networks.error;
        return check;
    }
    for (const QByteArrayView entity : networks.entities) {
        const QUuid stamp = QUuid::fromString(QJsonDocument::fromJson(entity.toByteArray())
                                                      .object()
                                                      .value(QLatin1String("StampId"))
                                                      .toString());
        if (!stamp.isNull() && !check.stamps.contains(stamp))
            check.stamps.append(stamp);
    }
    check.ok = true;
    return check;
}

} // namespace ipam
