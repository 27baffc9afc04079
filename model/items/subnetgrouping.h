#pragma once

#include "items/subnettable.h"

#include <QString>

namespace ipam {

class SubnetModel;

// What "group by a column" means for the subnets: which rows share a group, and the group's
// label. Rows share a group when their key is equal:
//   - logical network, site, VM network, address space: the object's id (decided once per
//     placement: a few thousand, not a million rows);
//   - prefix length and total addresses: family and length;
//   - used addresses: the count; utilization %: its tens (0–9 %, 10–19 %, ... 100 %);
//     utilization: the status (under, ok, over, by the console's thresholds);
//   - last modified: the day (UTC);
//   - name, owner, description, VLANs: the text itself (exact, as IPAM's group-by).
// The network column is not groupable (every row is its own network).
class SubnetGrouping
{
public:
    struct Key
    {
        quint64 number = 0; // numeric and id keys
        QString text;       // text columns
        friend bool operator==(const Key &, const Key &) = default;
    };

    SubnetGrouping(const SubnetModel &model, int column);

    static bool isGroupable(int column);
    static bool isTextColumn(int column);
    int column() const { return m_column; }
    bool isText() const { return isTextColumn(m_column); }

    // The key of a table row (valid between the model's notifications).
    Key keyOf(SubnetTable::Row row) const;
    // Numeric keys without building a Key (the bulk path); text columns: not used.
    quint64 numberOf(SubnetTable::Row row) const;
    // The bytes of a text key, without a copy (valid until the table changes).
    QUtf8StringView textView(SubnetTable::Row row, QByteArray &scratch) const;
    // What the group of `row` is called in the result pane.
    QString label(SubnetTable::Row row) const;

private:
    const SubnetModel &m_model;
    const SubnetTable &m_table;
    int m_column;
};

} // namespace ipam
