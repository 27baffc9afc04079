#include "synclogmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace ipam {

namespace {

struct ActionWord
{
    QLatin1StringView word;
    SyncAction action;
};

// The words a connector line may start with, longest first where one is a prefix of another.
constexpr std::array actionWords{
        ActionWord{QLatin1StringView("not in vmm"), SyncAction::NotInVmm},
        ActionWord{QLatin1StringView("not-in-vmm"), SyncAction::NotInVmm},
        ActionWord{QLatin1StringView("created"), SyncAction::Created},
        ActionWord{QLatin1StringView("added"), SyncAction::Created},
        ActionWord{QLatin1StringView("pushed"), SyncAction::Created},
        ActionWord{QLatin1StringView("updated"), SyncAction::Updated},
        ActionWord{QLatin1StringView("renamed"), SyncAction::Updated},
        ActionWord{QLatin1StringView("deleted"), SyncAction::Deleted},
        ActionWord{QLatin1StringView("removed"), SyncAction::Deleted},
        ActionWord{QLatin1StringView("refused"), SyncAction::Refused},
        ActionWord{QLatin1StringView("rejected"), SyncAction::Refused},
        ActionWord{QLatin1StringView("denied"), SyncAction::Refused},
        ActionWord{QLatin1StringView("skipped"), SyncAction::Refused},
        ActionWord{QLatin1StringView("conflicts"), SyncAction::Conflict},
        ActionWord{QLatin1StringView("conflict"), SyncAction::Conflict},
        ActionWord{QLatin1StringView("unchanged"), SyncAction::Unchanged},
        ActionWord{QLatin1StringView("sync failed"), SyncAction::Error},
        ActionWord{QLatin1StringView("sync cut off"), SyncAction::Error},
        ActionWord{QLatin1StringView("error"), SyncAction::Error},
        ActionWord{QLatin1StringView("failed"), SyncAction::Error},
};

// The first ": " outside double quotes, or -1: IPv6 prefixes have colons but never ": ".
qsizetype detailSeparator(QStringView text)
{
    bool quoted = false;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (!quoted && text.at(i) == u':' && text.at(i + 1) == u' ')
            return i;
    }
    return -1;
}

} // namespace

QString displayName(SyncAction action)
{
    switch (action) {
    case SyncAction::Created:
        return QCoreApplication::translate("ipam::SyncLogModel", "created");
    case SyncAction::Updated:
        return QCoreApplication::translate("ipam::SyncLogModel", "updated");
    case SyncAction::Deleted:
        return QCoreApplication::translate("ipam::SyncLogModel", "deleted");
    case SyncAction::Refused:
        return QCoreApplication::translate("ipam::SyncLogModel", "refused");
    case SyncAction::Conflict:
        return QCoreApplication::translate("ipam::SyncLogModel", "conflict");
    case SyncAction::NotInVmm:
        return QCoreApplication::translate("ipam::SyncLogModel", "not in VMM");
    case SyncAction::Unchanged:
        return QCoreApplication::translate("ipam::SyncLogModel", "unchanged");
    case SyncAction::Info:
        return QCoreApplication::translate("ipam::SyncLogModel", "info");
    case SyncAction::Error:
        return QCoreApplication::translate("ipam::SyncLogModel", "error");
    }
    return {};
}

SyncLogEntry SyncLogEntry::fromLine(const QString &line, qint64 timeMs)
{
    SyncLogEntry entry;
    entry.timeMs = timeMs;
    entry.line = line;
    QStringView rest = QStringView(line).trimmed();
    // The run's own summary ("created 3, updated 0, ...") is not an action on an object.
    static const QRegularExpression summary(QStringLiteral("^created \\d+, updated \\d+"));
    if (summary.match(rest.toString()).hasMatch()) {
        entry.detail = rest.toString();
        return entry;
    }
    QStringList notes; // where the change went, dry run, stage: said in the detail
    if (rest.startsWith(u'[')) {
        const qsizetype end = rest.indexOf(u']');
        if (end > 0) {
            notes.append(rest.mid(1, end - 1).toString());
            rest = rest.mid(end + 1).trimmed();
        }
    }
    if (rest.startsWith(QLatin1StringView("would "), Qt::CaseInsensitive)) {
        notes.append(QCoreApplication::translate("ipam::SyncLogModel", "dry run, not written"));
        rest = rest.mid(6).trimmed();
    }
    const ActionWord *match = nullptr;
    for (const ActionWord &candidate : actionWords) {
        const qsizetype length = candidate.word.size();
        if (rest.startsWith(candidate.word, Qt::CaseInsensitive)
            && (rest.size() == length || !rest.at(length).isLetterOrNumber())) {
            match = &candidate; // not "createdAt" for "created"
            break;
        }
    }
    if (!match) {
        entry.detail = line.trimmed();
        return entry;
    }
    entry.action = match->action;
    rest = rest.mid(match->word.size()).trimmed();
    if (rest.startsWith(QLatin1StringView("in VMM "))) { // "created in VMM logical network ..."
        notes.append(QCoreApplication::translate("ipam::SyncLogModel", "in VMM"));
        rest = rest.mid(7).trimmed();
    }
    // "conflict #12: logical network ..." names the conflict first.
    static const QRegularExpression number(QStringLiteral("^#\\d+\\b"));
    if (const QRegularExpressionMatch found = number.match(rest.toString()); found.hasMatch()) {
        notes.append(found.captured());
        rest = rest.mid(found.capturedLength()).trimmed();
    }
    if (rest.startsWith(u':'))
        rest = rest.mid(1).trimmed();

    // The object is a kind and a quoted name (logical network "Storage"), or, unquoted, what
    // comes before ": "; the rest is the detail, without the connector's parentheses.
    QStringView object = rest;
    QStringView detail;
    const qsizetype open = rest.indexOf(u'"');
    const qsizetype close = open >= 0 ? rest.indexOf(u'"', open + 1) : -1;
    if (close > 0) {
        object = rest.left(close + 1);
        detail = rest.mid(close + 1).trimmed();
    } else if (const qsizetype separator = detailSeparator(rest); separator >= 0) {
        object = rest.left(separator).trimmed();
        detail = rest.mid(separator + 2).trimmed();
    } else if (rest.endsWith(u')') && rest.indexOf(QLatin1StringView(" (")) > 0) {
        const qsizetype paren = rest.indexOf(QLatin1StringView(" ("));
        object = rest.left(paren);
        detail = rest.mid(paren + 1);
    }
    if (detail.startsWith(u':'))
        detail = detail.mid(1).trimmed();
    if (detail.startsWith(u'(') && detail.endsWith(u')'))
        detail = detail.mid(1, detail.size() - 2);
    entry.object = object.toString();
    if (!detail.isEmpty())
        notes.append(detail.toString());
    entry.detail = notes.join(QStringLiteral(": "));
    return entry;
}

SyncLogModel::SyncLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SyncLogModel::setMaximumRows(int rows)
{
    m_maximumRows = qMax(1, rows);
    trimTo(m_maximumRows);
}

void SyncLogModel::trimTo(int rows)
{
    const int excess = rowCount() - rows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
    endRemoveRows();
}

void SyncLogModel::append(const QList<SyncLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    m_totalAppended += entries.size();
    // Of a batch longer than the log itself only its tail can stay.
    const qsizetype keep = qMin<qsizetype>(entries.size(), m_maximumRows);
    trimTo(int(m_maximumRows - keep));
    const int first = rowCount();
    beginInsertRows({}, first, first + int(keep) - 1);
    for (qsizetype i = entries.size() - keep; i < entries.size(); ++i)
        m_entries.push_back(entries.at(i));
    endInsertRows();
}

void SyncLogModel::appendLine(const QString &line, qint64 timeMs)
{
    append({SyncLogEntry::fromLine(line, timeMs)});
}

void SyncLogModel::clear()
{
    if (m_entries.empty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_entries.clear();
    endRemoveRows();
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLogEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActionColumn:
            return displayName(e.action);
        case ObjectColumn:
            return e.object;
        case DetailColumn:
            return e.detail;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return e.line;
    case ActionRole:
        return int(e.action);
    case Qt::ForegroundRole:
        if (index.column() != ActionColumn)
            return {};
        switch (e.action) {
        case SyncAction::Refused:
        case SyncAction::Error:
            return QColor(0xb0, 0x1c, 0x1c);
        case SyncAction::Conflict:
        case SyncAction::NotInVmm:
            return QColor(0xa8, 0x5c, 0x00);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ipam
