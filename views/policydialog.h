#pragma once

#include "items/accesspolicymodel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace ipam {

class AccessControlStore;

// Adds or edits the access policy of one user or group: the principal and a table of
// (role, access scope) pairs, each chosen from combo boxes, with Add / Remove row. OK applies
// the difference against what the store holds for that principal: addPolicy for each new pair,
// then removePolicies for each pair that went. AccessControlStore takes one pair per call, so
// the pairs go through the write path one by one (each authorized and audited); when one is
// refused, the ones before it stay applied, the dialog says so and stays open with the store's
// state as its new starting point.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: edit that principal's policy (principal fixed); null: add a new one.
    PolicyDialog(AccessControlStore &store, const PrincipalPolicy *existing = nullptr,
                 QWidget *parent = nullptr);

    QLineEdit *principalEdit() const { return m_principal; }
    QRadioButton *userButton() const { return m_user; }
    QRadioButton *groupButton() const { return m_group; }
    QTableWidget *pairTable() const { return m_pairs; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Adds a row (the Add button's job), preselecting `role` and `scopePath` when given.
    void addPair(const QString &role = {}, const QString &scopePath = {});
    void removeCurrentPair();
    // The pairs the table shows now, without duplicates, in table order.
    QList<std::pair<QString, QString>> pairs() const;
    QString principal() const;
    bool isGroup() const;

    void accept() override;

private:
    void validate();
    QList<std::pair<QString, QString>> storedPairs();

    AccessControlStore &m_store;
    bool m_editing = false;
    QStringList m_roles;
    QStringList m_scopes;
    QLineEdit *m_principal = nullptr;
    QRadioButton *m_user = nullptr;
    QRadioButton *m_group = nullptr;
    QTableWidget *m_pairs = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ipam
