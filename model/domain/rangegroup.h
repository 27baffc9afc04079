#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>

namespace ipam {

// An IP address range group (IPAM's logical group of ranges): a name, the levels its tree
// groups ranges by (range properties or custom fields, "Managed by Service" then "Service
// Instance"), and criteria that select which ranges belong (empty: every range). The
// built-in "Managed by Service" group cannot be removed.
struct RangeGroup
{
    ObjectId id = 0;
    qint64 version = 0;
    QString name;
    QStringList levels;
    QString criteria;
    bool builtIn = false;
    QString description;
};

} // namespace ipam
