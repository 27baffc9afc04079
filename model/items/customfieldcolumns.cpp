#include "customfieldcolumns.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace ipam {

QList<CustomField> CustomFieldColumns::applicable(const QList<CustomField> &fields, ObjectKind kind)
{
    QList<CustomField> result;
    for (const CustomField &field : fields) {
        if (field.appliesToKind(kind) && field.property.isEmpty())
            result.append(field);
    }
    return result;
}

int CustomFieldColumns::columnOf(ObjectId fieldId) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].field.id == fieldId)
            return int(i);
    }
    return -1;
}

quint32 CustomFieldColumns::intern(Column &column, const QString &stored)
{
    const QString text = customfields::valueText(customfields::fromStoredText(stored));
    const auto found = column.indexOf.constFind(text);
    if (found != column.indexOf.constEnd())
        return *found;
    const auto index = quint32(column.texts.size());
    column.texts.append(text);
    column.indexOf.insert(text, index);
    column.rank.clear();
    if (!column.hits.empty())
        column.hits.push_back(-1);
    return index;
}

void CustomFieldColumns::append(const CustomField &field, const QHash<ObjectId, QString> &stored)
{
    m_columns.push_back(Column{field, {}, {}, {}, {}, {}});
    setValues(int(m_columns.size()) - 1, stored);
}

void CustomFieldColumns::remove(int column)
{
    m_columns.erase(m_columns.begin() + column);
}

void CustomFieldColumns::setValues(int column, const QHash<ObjectId, QString> &stored)
{
    Column &c = m_columns[size_t(column)];
    c.valueOf.clear();
    c.texts.clear();
    c.indexOf.clear();
    c.rank.clear();
    c.hits.clear();
    c.valueOf.reserve(stored.size());
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (!it.value().isEmpty())
            c.valueOf.insert(it.key(), intern(c, it.value()));
    }
}

void CustomFieldColumns::setValue(int column, ObjectId id, const QString &stored)
{
    Column &c = m_columns[size_t(column)];
    if (stored.isEmpty())
        c.valueOf.remove(id);
    else
        c.valueOf.insert(id, intern(c, stored));
}

void CustomFieldColumns::forget(ObjectId id)
{
    for (Column &column : m_columns)
        column.valueOf.remove(id);
}

bool CustomFieldColumns::hasValue(int column, ObjectId id) const
{
    return m_columns[size_t(column)].valueOf.contains(id);
}

QString CustomFieldColumns::text(int column, ObjectId id) const
{
    const Column &c = m_columns[size_t(column)];
    const auto found = c.valueOf.constFind(id);
    return found == c.valueOf.constEnd() ? QString() : c.texts.at(qsizetype(*found));
}

void CustomFieldColumns::rankTexts(const Column &column) const
{
    const auto n = size_t(column.texts.size());
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    auto compare = [&](quint32 a, quint32 b) -> int {
        const QString &ta = column.texts.at(qsizetype(a));
        const QString &tb = column.texts.at(qsizetype(b));
        if (column.field.type == CustomFieldType::Number) {
            bool okA = false;
            bool okB = false;
            const double va = QLocale::c().toDouble(ta, &okA);
            const double vb = QLocale::c().toDouble(tb, &okB);
            if (okA != okB)
                return okA ? -1 : 1;
            if (okA && va != vb)
                return va < vb ? -1 : 1;
        }
        return QString::compare(ta, tb, Qt::CaseInsensitive);
    };
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return compare(a, b) < 0; });
    column.rank.assign(n, 0);
    quint32 rank = 0;
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && compare(order[i - 1], order[i]) != 0)
            ++rank;
        column.rank[order[i]] = rank + 1;
    }
}

quint32 CustomFieldColumns::sortKey(int column, ObjectId id) const
{
    const Column &c = m_columns[size_t(column)];
    const auto found = c.valueOf.constFind(id);
    if (found == c.valueOf.constEnd())
        return 0;
    if (c.rank.size() != size_t(c.texts.size()))
        rankTexts(c);
    return c.rank[*found];
}

bool CustomFieldColumns::matches(ObjectId id, const SearchQuery &query) const
{
    if (query.text().isEmpty())
        return false;
    if (!(m_hitQuery == query)) {
        m_hitQuery = query;
        for (const Column &column : m_columns)
            column.hits.clear();
    }
    for (const Column &column : m_columns) {
        const auto found = column.valueOf.constFind(id);
        if (found == column.valueOf.constEnd())
            continue;
        if (column.hits.size() != size_t(column.texts.size()))
            column.hits.assign(size_t(column.texts.size()), -1);
        qint8 &hit = column.hits[*found];
        if (hit < 0)
            hit = query.matches(QStringView(column.texts.at(qsizetype(*found)))) ? 1 : 0;
        if (hit == 1)
            return true;
    }
    return false;
}

} // namespace ipam
