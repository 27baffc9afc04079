#pragma once

#include "domain/entities.h"
#include "domain/utilization.h"
#include "store/database.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace ipam {

class Store;

// The "full within N days" alert's horizon where nothing sets one (ipamctl alert list's
// default before thresholds were stored).
inline constexpr int defaultFullWithinDays = 30;
inline constexpr int maxFullWithinDays = 3650;

// The utilization thresholds one object sets itself (table utilization_threshold, schema
// v17). Each figure that is not set is inherited from the object's parent: space > logical
// network > network site > subnet > range, and above the space the store-wide setting
// (Minimum/MaximumUtilizationThreshold; "full within" 30 days). fullWithinDays 0: no forecast
// alert here and below (unless a descendant sets one).
struct ThresholdSetting
{
    std::optional<double> overPercent;
    std::optional<double> underPercent;
    std::optional<int> fullWithinDays;

    bool isEmpty() const { return !overPercent && !underPercent && !fullWithinDays; }
    friend bool operator==(const ThresholdSetting &, const ThresholdSetting &) = default;
    // {"OverPercent": 85, ...}: only the figures set (the audit row's before/after).
    QJsonObject toJson() const;
};

// What holds at one object after inheritance, and where each figure comes from (nullopt: the
// store-wide default).
struct EffectiveThresholds
{
    UtilizationThresholds thresholds;
    int fullWithinDays = defaultFullWithinDays;
    // Under-utilization raises alerts only where an under threshold is set on the object or an
    // ancestor: by the store-wide default alone every new, empty subnet would raise one.
    bool underAlerts = false;
    std::optional<ObjectRef> overFrom;
    std::optional<ObjectRef> underFrom;
    std::optional<ObjectRef> fullWithinFrom;
};

// Space, logical network, site, subnet, range.
constexpr bool canHoldThreshold(ObjectKind kind)
{
    return kind == ObjectKind::AddressSpace || kind == ObjectKind::LogicalNetwork
            || kind == ObjectKind::NetworkSite || kind == ObjectKind::Subnet
            || kind == ObjectKind::Range;
}

// The range of each figure, as the table's CHECKs hold them: over in (0, 100], under in
// [0, 100), full within 0..3650 days. Empty when `setting` is valid on its own; otherwise one
// line naming the value.
QString checkSetting(const ThresholdSetting &setting);
// `setting` over what its object inherits: under must not exceed over once both are
// resolved. Empty when valid; otherwise one line naming both values and where they come from.
QString checkEffective(const ThresholdSetting &setting, const EffectiveThresholds &inherited,
                       const std::function<QString(const ObjectRef &)> &describeRef);

// The rows of utilization_threshold, read and written inside the caller's transaction (the
// write path's: see alerts/utilizationthresholdstore.h).
class ThresholdTable
{
public:
    explicit ThresholdTable(Database &database)
        : m_db(database)
    { }

    // The object's own setting (empty when it sets nothing); false with `error` on a database
    // failure.
    bool read(const ObjectRef &object, ThresholdSetting *setting, QString *error);
    // Every stored setting, keyed by thresholdKey().
    bool readAll(QHash<quint64, ThresholdSetting> *settings, QString *error);
    // Writes the object's own setting; an empty one removes its row.
    bool write(const ObjectRef &object, const ThresholdSetting &setting, qint64 nowMs,
               QString *error);
    bool remove(const ObjectRef &object, QString *error);
    // Whether any row exists (the write path's removals skip the table when none does).
    bool any(QString *error);

private:
    Database &m_db;
};

inline quint64 thresholdKey(const ObjectRef &ref)
{
    return (quint64(ref.kind) << 56) | quint64(ref.id);
}

// Resolves effective thresholds by inheritance for many objects at once: the stored settings
// and the parents of logical networks and network sites (small tables) read once, subnets and
// ranges given by the caller (alert evaluation holds them already).
class ThresholdResolver
{
public:
    // Reads the store-wide thresholds, every stored setting and the fabric's parents.
    bool load(Store &store, QString *error);

    EffectiveThresholds forSpace(ObjectId spaceId) const;
    EffectiveThresholds forLogicalNetwork(ObjectId id) const;
    EffectiveThresholds forSite(ObjectId id) const;
    EffectiveThresholds forSubnet(const Subnet &subnet) const;
    EffectiveThresholds forRange(const Range &range, const Subnet &subnet) const;
    // What `object` inherits from its parents (its own setting left out): the base its own
    // setting is checked against. `subnetOfRange` for a range.
    EffectiveThresholds inheritedBy(const AnyObject &object,
                                    const std::optional<Subnet> &subnetOfRange) const;

    const QHash<quint64, ThresholdSetting> &settings() const { return m_settings; }

private:
    QList<ObjectRef> chainOfSubnet(const Subnet &subnet) const;
    QList<ObjectRef> chainOfSite(ObjectId siteId) const;
    QList<ObjectRef> chainOfLogicalNetwork(ObjectId id) const;
    EffectiveThresholds resolve(const QList<ObjectRef> &chain) const;

    UtilizationThresholds m_defaults;
    QHash<quint64, ThresholdSetting> m_settings;
    QHash<ObjectId, ObjectId> m_spaceOfNetwork; // logical network -> space
    QHash<ObjectId, ObjectId> m_networkOfSite;  // site -> logical network
};

} // namespace ipam
