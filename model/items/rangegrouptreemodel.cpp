#include "rangegrouptreemodel.h"

#include "domain/objectproperties.h"
#include "store/customfieldtables.h"
#include "store/store.h"

#include <algorithm>
#include <deque>
#include <functional>

namespace ipam {

using namespace Qt::StringLiterals;

struct RangeGroupTreeModel::Node
{
    NodeKind kind = NodeKind::Group;
    QString key;   // the sort key among its siblings
    QString label; // what the tree shows
    ObjectId rangeId = 0;
    int count = 0; // ranges below
    int row = 0;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
};

struct RangeGroupTreeModel::Fresh
{
    NodeKind kind = NodeKind::Group;
    QString key;
    QString label;
    ObjectId rangeId = 0;
    int count = 0;
    // A deque: build() keeps pointers to children while it adds their siblings.
    std::deque<Fresh> children;
};

namespace {

QString hex(const IpAddress &address)
{
    return QString::fromLatin1(address.toBytes().toHex());
}

// Node labels that are no value at all sort last.
QString valueKey(const QString &value, bool none)
{
    return (none ? u"1"_s : u"0"_s) + value.toLower() + u'\x01' + value;
}

} // namespace

RangeGroupTreeModel::RangeGroupTreeModel(Store &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>())
{ }

RangeGroupTreeModel::~RangeGroupTreeModel() = default;

bool RangeGroupTreeModel::readDefinitions(QString *error)
{
    CustomFieldTables tables(m_store.database());
    Parsed<QList<RangeGroup>> groups = tables.rangeGroups();
    Parsed<QList<CustomField>> fields = tables.fields();
    if (!groups || !fields) {
        if (error)
            *error = groups ? fields.error() : groups.error();
        return false;
    }
    m_groups = groups.value();
    m_fields = fields.value();
    m_spaceNames.clear();
    for (const AddressSpace &space : m_store.select<AddressSpace>())
        m_spaceNames.insert(space.id, space.name);
    return true;
}

bool RangeGroupTreeModel::load(QString *error)
{
    if (!readDefinitions(error))
        return false;
    m_ranges.clear();
    for (const Range &range : m_store.select<Range>())
        m_ranges.insert(range.id, {range, {}});
    CustomFieldTables tables(m_store.database());
    for (const CustomField &field : std::as_const(m_fields)) {
        if (!field.property.isEmpty() || !field.appliesToKind(ObjectKind::Range))
            continue;
        const Parsed<QHash<ObjectId, QString>> column = tables.column(ObjectKind::Range, field.id);
        if (!column) {
            if (error)
                *error = column.error();
            return false;
        }
        for (auto it = column.value().constBegin(); it != column.value().constEnd(); ++it) {
            if (auto r = m_ranges.find(it.key()); r != m_ranges.end())
                r->fields.insert(field.id, customfields::fromStoredText(it.value()));
        }
    }
    merge(m_root.get(), build(), {});
    return true;
}

bool RangeGroupTreeModel::readRange(ObjectId id)
{
    const std::optional<Range> range = m_store.get<Range>(id);
    if (!range) {
        m_ranges.remove(id);
        return true;
    }
    RangeValues values{*range, {}};
    const Parsed<QHash<ObjectId, QString>> stored
            = CustomFieldTables(m_store.database()).valuesOf(ObjectKind::Range, id);
    if (stored) {
        for (auto it = stored.value().constBegin(); it != stored.value().constEnd(); ++it)
            values.fields.insert(it.key(), customfields::fromStoredText(it.value()));
    }
    m_ranges.insert(id, std::move(values));
    return true;
}

void RangeGroupTreeModel::apply(const ChangeEvent &event)
{
    bool changed = false;
    bool everything = event.reloadAll || event.definitionsChanged;
    for (const ChangeEvent::Item &item : event.items)
        everything = everything || item.kind == ObjectKind::AddressSpace;
    if (everything) {
        load();
        return;
    }
    for (const ChangeEvent::Item &item : event.items) {
        if (item.kind != ObjectKind::Range)
            continue;
        changed = true;
        if (item.op == ChangeOp::Remove)
            m_ranges.remove(item.id);
        else
            readRange(item.id);
    }
    if (changed)
        merge(m_root.get(), build(), {});
}

QStringList RangeGroupTreeModel::valuesOf(const RangeValues &r, const QString &name) const
{
    // A custom field by name; a built-in one that is a property (Managed by Service) and any
    // other name are read from the range itself.
    QString property = name;
    if (const CustomField *field = customfields::find(m_fields, name)) {
        if (field->property.isEmpty())
            return r.fields.value(field->id);
        property = field->property;
    }
    if (property.compare(u"AddressSpace"_s, Qt::CaseInsensitive) == 0)
        return {m_spaceNames.value(r.range.spaceId)};
    for (const auto &[key, value] : storedProperties(r.range)) {
        if (key.compare(property, Qt::CaseInsensitive) == 0) {
            const QString text = value.toString();
            return text.isEmpty() ? QStringList() : QStringList{text};
        }
    }
    return {};
}

RangeGroupTreeModel::Fresh RangeGroupTreeModel::build() const
{
    Fresh root;
    std::vector<const RangeValues *> ranges;
    ranges.reserve(m_ranges.size());
    for (const RangeValues &r : m_ranges)
        ranges.push_back(&r);
    std::sort(ranges.begin(), ranges.end(), [](const RangeValues *a, const RangeValues *b) {
        return std::tie(a->range.startAddress, a->range.id)
                < std::tie(b->range.startAddress, b->range.id);
    });
    for (const RangeGroup &group : m_groups) {
        Fresh g;
        g.kind = NodeKind::Group;
        g.label = group.name;
        g.key = (group.builtIn ? u"0"_s : u"1"_s) + group.name.toLower() + u'\x01' + group.name;
        const Parsed<RangeCriteria> criteria = RangeCriteria::parse(group.criteria);
        for (const RangeValues *r : ranges) {
            if (criteria && !criteria.value().matches([&](const QString &name) {
                    return valuesOf(*r, name);
                }))
                continue;
            ++g.count;
            // Down the levels: one path per combination of values.
            std::vector<Fresh *> at{&g};
            for (const QString &level : group.levels) {
                QStringList values = valuesOf(*r, level);
                const bool none = values.isEmpty();
                if (none)
                    values = {tr("(no value)")};
                std::vector<Fresh *> next;
                for (Fresh *node : at) {
                    for (const QString &value : std::as_const(values)) {
                        const QString key = valueKey(value, none);
                        auto it = std::find_if(node->children.begin(), node->children.end(),
                                               [&](const Fresh &c) { return c.key == key; });
                        if (it == node->children.end()) {
                            Fresh v;
                            v.kind = NodeKind::Value;
                            v.key = key;
                            v.label = value;
                            node->children.push_back(std::move(v));
                            it = node->children.end() - 1;
                        }
                        next.push_back(&*it);
                    }
                }
                at = std::move(next);
                for (Fresh *node : at)
                    ++node->count;
            }
            for (Fresh *node : at) {
                Fresh leaf;
                leaf.kind = NodeKind::Range;
                leaf.rangeId = r->range.id;
                leaf.label = u"%1 - %2"_s.arg(r->range.startAddress.toString(),
                                              r->range.endAddress.toString());
                leaf.key = hex(r->range.startAddress) + u'\x01'
                        + QString::number(r->range.id).rightJustified(19, u'0');
                node->children.push_back(std::move(leaf));
            }
        }
        root.children.push_back(std::move(g));
    }
    // Siblings sorted by key (ranges arrive sorted already; values in first-seen order).
    std::function<void(Fresh &)> sortAll = [&](Fresh &node) {
        std::sort(node.children.begin(), node.children.end(),
                  [](const Fresh &a, const Fresh &b) { return a.key < b.key; });
        for (Fresh &child : node.children)
            sortAll(child);
    };
    sortAll(root);
    return root;
}

void RangeGroupTreeModel::merge(Node *node, Fresh &&fresh, const QModelIndex &index)
{
    auto &children = node->children;
    std::size_t i = 0;
    for (Fresh &f : fresh.children) {
        // Existing children that sort before the fresh one are gone.
        std::size_t gone = i;
        while (gone < children.size() && children[gone]->key < f.key)
            ++gone;
        if (gone > i) {
            beginRemoveRows(index, int(i), int(gone - 1));
            children.erase(children.begin() + qsizetype(i), children.begin() + qsizetype(gone));
            for (std::size_t r = i; r < children.size(); ++r)
                children[r]->row = int(r);
            endRemoveRows();
        }
        if (i < children.size() && children[i]->key == f.key) {
            Node *child = children[i].get();
            const bool relabel = child->label != f.label || child->count != f.count;
            child->label = f.label;
            child->count = f.count;
            child->rangeId = f.rangeId;
            if (relabel) {
                const QModelIndex first = createIndex(child->row, 0, child);
                Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
            }
            merge(child, std::move(f), createIndex(child->row, 0, child));
        } else {
            beginInsertRows(index, int(i), int(i));
            auto child = std::make_unique<Node>();
            child->kind = f.kind;
            child->key = f.key;
            child->label = f.label;
            child->rangeId = f.rangeId;
            child->count = f.count;
            child->parent = node;
            Node *raw = child.get();
            children.insert(children.begin() + qsizetype(i), std::move(child));
            for (std::size_t r = i; r < children.size(); ++r)
                children[r]->row = int(r);
            endInsertRows();
            // Its own children arrive as inserts below it (no need to tell them twice).
            merge(raw, std::move(f), createIndex(raw->row, 0, raw));
        }
        ++i;
    }
    if (i < children.size()) {
        beginRemoveRows(index, int(i), int(children.size() - 1));
        children.erase(children.begin() + qsizetype(i), children.end());
        endRemoveRows();
    }
}

QModelIndex RangeGroupTreeModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex RangeGroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *node
            = parent.isValid() ? static_cast<Node *>(parent.internalPointer()) : m_root.get();
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (std::size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex RangeGroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<Node *>(child.internalPointer());
    return indexOf(node->parent);
}

int RangeGroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_root->children.size());
    if (parent.column() != 0)
        return 0;
    return int(static_cast<Node *>(parent.internalPointer())->children.size());
}

int RangeGroupTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RangeGroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<Node *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->label;
        if (node->kind != NodeKind::Range)
            return node->count;
        return {};
    case NodeKindRole:
        return int(node->kind);
    case RangeIdRole:
        return node->rangeId;
    case GroupNameRole: {
        const Node *group = node;
        while (group->parent && group->parent->parent)
            group = group->parent;
        return group->label;
    }
    default:
        return {};
    }
}

QVariant RangeGroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("IP Address Range Groups") : tr("Ranges");
}

} // namespace ipam
