// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clienteditdialog.h"

#include "app/controllers/directorycache.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "models/domain/clientlabels.h"
#include "ui/clients/clientdiff.h"
#include "ui/clients/roledivisionpicker.h"
#include "ui/clients/scopepicker.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QLabel *makeErrorLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setVisible(false);
    QPalette pal = l->palette();
    pal.setColor(QPalette::WindowText, Theme::toneColor(Theme::Tone::Error));
    l->setPalette(pal);
    return l;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray toArray(const QList<RoleDivision> &pairs)
{
    QJsonArray a;
    for (const RoleDivision &rd : pairs)
        a.append(QJsonObject{{u"roleId"_s, rd.roleId}, {u"divisionId"_s, rd.divisionId}});
    return a;
}

bool sameSet(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.begin(), a.end()) == QSet<QString>(b.begin(), b.end());
}

bool samePairs(const QList<RoleDivision> &a, const QList<RoleDivision> &b)
{
    if (a.size() != b.size())
        return false;
    for (const RoleDivision &rd : a) {
        if (!b.contains(rd))
            return false;
    }
    return true;
}
} // namespace

ClientEditDialog::ClientEditDialog(SessionContext *context, const std::optional<OAuthClient> &client,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(client)
{
    setObjectName(u"clientEditDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(client ? tr("Edit Client “%1”").arg(client->name) : tr("New OAuth Client"));
    buildForm();
    if (client)
        populate(*client);
    onGrantChanged();
    updateLifetimeReadout();
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 100, fm.height() * 54);
    m_name->setFocus();
}

ClientEditDialog::~ClientEditDialog()
{
    if (m_operation)
        m_operation->cancel();
}

void ClientEditDialog::buildForm()
{
    m_message = new MessageBar(this);
    m_message->setObjectName(u"editMessage"_s);

    // Someone else saved the client: what changed, and the three ways on.
    m_conflict = new QFrame(this);
    m_conflict->setObjectName(u"conflictPanel"_s);
    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflict->setAutoFillBackground(true);
    {
        QPalette pal = m_conflict->palette();
        pal.setColor(QPalette::Window, Theme::toneBackground(Theme::Tone::Warning));
        m_conflict->setPalette(pal);
        m_conflictText = new QLabel(m_conflict);
        m_conflictText->setObjectName(u"conflictText"_s);
        m_conflictText->setWordWrap(true);
        m_conflictText->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_overwrite = new QPushButton(tr("Save My Changes Over Theirs"), m_conflict);
        m_overwrite->setObjectName(u"overwriteButton"_s);
        m_loadTheirs = new QPushButton(tr("Discard Mine, Load Theirs"), m_conflict);
        m_loadTheirs->setObjectName(u"loadTheirsButton"_s);
        m_backToForm = new QPushButton(tr("Back to the Form"), m_conflict);
        m_backToForm->setObjectName(u"backToFormButton"_s);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(m_backToForm);
        buttons->addWidget(m_loadTheirs);
        buttons->addWidget(m_overwrite);
        auto *l = new QVBoxLayout(m_conflict);
        l->addWidget(m_conflictText);
        l->addLayout(buttons);
        m_conflict->hide();
        connect(m_overwrite, &QPushButton::clicked, this, [this] {
            if (!m_latest)
                return;
            const OAuthClient latest = *m_latest;
            hideConflict();
            save(latest);
        });
        connect(m_loadTheirs, &QPushButton::clicked, this, [this] {
            if (!m_latest)
                return;
            m_original = *m_latest;
            populate(*m_original);
            hideConflict();
            m_message->showInfo(tr("The form now shows the current version of the client. Your edits were "
                                   "discarded."));
        });
        connect(m_backToForm, &QPushButton::clicked, this, [this] {
            hideConflict();
            m_name->setFocus();
        });
    }

    m_form = new QWidget(this);
    m_form->setObjectName(u"editForm"_s);

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("What the app is and who owns it, e.g. “CRM sync (Sales IT)”"));
    m_name->setMaxLength(255);
    m_description = new QPlainTextEdit(m_form);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Optional: what it is used for, a contact, a ticket"));
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * m_description->frameWidth() + 8);

    m_grant = new QComboBox(m_form);
    m_grant->setObjectName(u"grantCombo"_s);
    const struct
    {
        GrantType g;
        QString label;
    } grants[] = {
        {GrantType::Code, tr("Code (authorization code, also for PKCE)")},
        {GrantType::ClientCredentials, tr("Client credentials (app-only, no user)")},
        {GrantType::Token, tr("Implicit (token) — being retired")},
        {GrantType::Saml2Bearer, tr("SAML2 bearer")},
        {GrantType::Password, tr("Password (resource owner, legacy)")},
    };
    for (const auto &g : grants)
        m_grant->addItem(g.label, grantTypeToString(g.g));
    m_implicitWarning = new QLabel(tr("The platform is retiring the implicit grant (TOKEN). For a browser or "
                                      "mobile app, prefer Code with "
                                      "PKCE."),
                                   m_form);
    m_implicitWarning->setObjectName(u"implicitWarning"_s);
    m_implicitWarning->setWordWrap(true);
    {
        QPalette pal = m_implicitWarning->palette();
        pal.setColor(QPalette::WindowText, Theme::toneColor(Theme::Tone::Warning));
        m_implicitWarning->setPalette(pal);
    }

    m_lifetime = new QSpinBox(m_form);
    m_lifetime->setObjectName(u"lifetimeSpin"_s);
    m_lifetime->setRange(int(TokenLifetime::Minimum), int(TokenLifetime::Maximum));
    m_lifetime->setValue(int(TokenLifetime::Default));
    m_lifetime->setSingleStep(300);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setAccelerated(true);
    m_lifetime->setGroupSeparatorShown(true);
    m_lifetimeReadout = new QLabel(m_form);
    m_lifetimeReadout->setObjectName(u"lifetimeReadout"_s);
    m_lifetimeNote = new QLabel(m_form);
    m_lifetimeNote->setObjectName(u"lifetimeNote"_s);
    m_lifetimeNote->setWordWrap(true);
    m_lifetimeNote->hide();
    auto *lifetimeRow = new QHBoxLayout;
    lifetimeRow->addWidget(m_lifetime);
    lifetimeRow->addWidget(m_lifetimeReadout, 1);

    m_state = new QComboBox(m_form);
    m_state->setObjectName(u"stateCombo"_s);
    m_state->addItem(tr("Active — tokens can be issued"), u"active"_s);
    m_state->addItem(tr("Disabled — no tokens, existing ones invalid"), u"disabled"_s);
    m_state->addItem(tr("Inactive — no new tokens, deleted by the platform later"), u"inactive"_s);

    // Redirect URIs.
    m_redirectGroup = new QGroupBox(tr("Redirect URIs"), m_form);
    m_redirectGroup->setObjectName(u"redirectGroup"_s);
    m_redirectList = new QListWidget(m_redirectGroup);
    m_redirectList->setObjectName(u"redirectList"_s);
    m_redirectList->setAccessibleName(tr("Redirect URIs"));
    m_redirectList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_redirectList->setMaximumHeight(fontMetrics().height() * 4);
    m_redirectEdit = new QLineEdit(m_redirectGroup);
    m_redirectEdit->setObjectName(u"redirectEdit"_s);
    m_redirectEdit->setAccessibleName(tr("Redirect URI to add"));
    m_redirectEdit->setPlaceholderText(tr("https://app.example.com/callback — press Enter to add"));
    m_addRedirect = new QPushButton(Theme::icon(u"add"_s, u"list-add"_s), tr("Add"), m_redirectGroup);
    m_addRedirect->setObjectName(u"addRedirectButton"_s);
    m_addRedirect->setAutoDefault(false);
    m_removeRedirect =
        new QPushButton(Theme::icon(u"delete"_s, u"list-remove"_s), tr("Remove"), m_redirectGroup);
    m_removeRedirect->setObjectName(u"removeRedirectButton"_s);
    m_removeRedirect->setAutoDefault(false);
    {
        auto *row = new QHBoxLayout;
        row->addWidget(m_redirectEdit, 1);
        row->addWidget(m_addRedirect);
        row->addWidget(m_removeRedirect);
        auto *l = new QVBoxLayout(m_redirectGroup);
        l->addWidget(m_redirectList);
        l->addLayout(row);
        l->addWidget(m_errors[RedirectField] = makeErrorLabel(m_redirectGroup, u"redirectError"_s));
    }

    // Scopes.
    m_scopeGroup = new QGroupBox(tr("Scopes"), m_form);
    m_scopeGroup->setObjectName(u"scopeGroup"_s);
    m_scopes = new ScopePicker(m_scopeGroup);
    m_scopes->setObjectName(u"scopePicker"_s);
    {
        auto *l = new QVBoxLayout(m_scopeGroup);
        l->addWidget(m_scopes, 1);
        l->addWidget(m_errors[ScopesField] = makeErrorLabel(m_scopeGroup, u"scopeError"_s));
    }

    // Roles.
    m_roleGroup = new QGroupBox(tr("Roles and divisions"), m_form);
    m_roleGroup->setObjectName(u"roleGroup"_s);
    m_roles = new RoleDivisionPicker(m_roleGroup);
    m_roles->setObjectName(u"rolePicker"_s);
    {
        auto *hint =
            new QLabel(tr("A client-credentials client acts with the permissions of these roles, in these "
                          "divisions."),
                       m_roleGroup);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        auto *l = new QVBoxLayout(m_roleGroup);
        l->addWidget(hint);
        l->addWidget(m_roles, 1);
        l->addWidget(m_errors[RolesField] = makeErrorLabel(m_roleGroup, u"roleError"_s));
    }
    if (m_context) {
        m_scopes->setCatalog(m_context->scopes());
        m_roles->setDirectory(m_context->directory());
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The row's label names the field itself (its mnemonic focuses it, screen readers read it),
    // not the box around the field and its error text.
    auto addRow = [form](const QString &label, QWidget *box, QWidget *field) {
        form->addRow(label, box);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(box)))
            l->setBuddy(field);
    };
    auto withError = [this](QWidget *field, Field f, const QString &errorName) {
        auto *box = new QWidget(m_form);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(field);
        l->addWidget(m_errors[f] = makeErrorLabel(box, errorName));
        return box;
    };
    addRow(tr("&Name:"), withError(m_name, NameField, u"nameError"_s), m_name);
    addRow(tr("&Description:"), withError(m_description, DescriptionField, u"descriptionError"_s),
           m_description);
    {
        auto *box = new QWidget(m_form);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(m_grant);
        l->addWidget(m_implicitWarning);
        l->addWidget(m_errors[GrantField] = makeErrorLabel(box, u"grantError"_s));
        addRow(tr("&Grant type:"), box, m_grant);
    }
    {
        auto *box = new QWidget(m_form);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addLayout(lifetimeRow);
        l->addWidget(m_lifetimeNote);
        l->addWidget(m_errors[LifetimeField] = makeErrorLabel(box, u"lifetimeError"_s));
        addRow(tr("&Token lifetime:"), box, m_lifetime);
    }
    addRow(tr("&State:"), withError(m_state, StateField, u"stateError"_s), m_state);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_redirectGroup);
    formLayout->addWidget(m_scopeGroup, 1);
    formLayout->addWidget(m_roleGroup, 1);

    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(isEditing() ? tr("&Save") : tr("&Create"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClientEditDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busyLabel, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_conflict);
    layout->addWidget(m_form, 1);
    layout->addLayout(bottom);

    // Inline validation as the user goes (only for fields they touched) and when they press Save.
    connect(m_name, &QLineEdit::textChanged, this, [this] { touch(NameField); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { touch(DescriptionField); });
    connect(m_grant, &QComboBox::currentIndexChanged, this, [this] {
        onGrantChanged();
        touch(GrantField);
    });
    connect(m_lifetime, &QSpinBox::valueChanged, this, [this] {
        updateLifetimeReadout();
        touch(LifetimeField);
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] { touch(StateField); });
    connect(m_scopes, &ScopePicker::selectionChanged, this, [this] { touch(ScopesField); });
    connect(m_roles, &RoleDivisionPicker::pairsChanged, this, [this] { touch(RolesField); });
    connect(m_addRedirect, &QPushButton::clicked, this, &ClientEditDialog::addRedirectUri);
    connect(m_redirectEdit, &QLineEdit::returnPressed, this, &ClientEditDialog::addRedirectUri);
    connect(m_removeRedirect, &QPushButton::clicked, this, &ClientEditDialog::removeRedirectUri);
}

void ClientEditDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in these fields acts on the field (add the URI, go to the scope list, add the role);
    // when they pass it on, it must not press Save.
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        QWidget *focus = focusWidget();
        if (focus == m_redirectEdit || focus == m_scopes->searchField() || focus == m_scopes->view() ||
            (focus && m_roles->isAncestorOf(focus))) {
            event->accept();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void ClientEditDialog::populate(const OAuthClient &c)
{
    const QSignalBlocker b1(m_name), b2(m_description), b3(m_grant), b4(m_lifetime), b5(m_state);
    m_name->setText(c.name);
    m_description->setPlainText(c.description);
    int g = m_grant->findData(c.grantType);
    if (g < 0) {
        // A grant type this app does not know: shown as the server sent it, and kept.
        m_grant->addItem(c.grantType, c.grantType);
        g = m_grant->count() - 1;
    }
    m_grant->setCurrentIndex(g);
    // The grant type of an existing client cannot be changed.
    m_grant->setEnabled(false);
    m_grant->setToolTip(tr("The grant type of an existing client cannot be changed."));

    const qint64 lifetime = c.tokenLifetime();
    const bool outside = lifetime < TokenLifetime::Minimum || lifetime > TokenLifetime::Maximum;
    if (outside) {
        // Kept as it is unless the user changes it; the range stretches to show it.
        m_lifetime->setRange(int(std::min<qint64>(lifetime, TokenLifetime::Minimum)),
                             int(std::clamp<qint64>(lifetime, TokenLifetime::Maximum, INT_MAX)));
        m_lifetimeNote->setText(
            tr("This client's token lifetime (%1) is outside the %2 to %3 the platform documents. "
               "It is kept as it is unless you change it.")
                .arg(ClientLabels::formatLifetime(lifetime),
                     ClientLabels::formatLifetime(TokenLifetime::Minimum),
                     ClientLabels::formatLifetime(TokenLifetime::Maximum)));
        m_lifetimeNote->show();
    } else {
        m_lifetime->setRange(int(TokenLifetime::Minimum), int(TokenLifetime::Maximum));
        m_lifetimeNote->hide();
    }
    m_lifetime->setValue(int(std::min<qint64>(lifetime, INT_MAX)));

    int s = m_state->findData(c.state.isEmpty() ? u"active"_s : c.state);
    if (s < 0) {
        m_state->addItem(ClientLabels::stateLabel(c.state), c.state);
        s = m_state->count() - 1;
    }
    m_state->setCurrentIndex(s);

    m_redirectList->clear();
    m_redirectList->addItems(c.registeredRedirectUri);
    m_scopes->setSelected(c.scope);
    QList<RoleDivision> pairs = c.roleDivisions;
    if (pairs.isEmpty()) {
        // Old clients carry the deprecated roleIds: shown in the home division (what the platform
        // applies); saved as roleDivisions only if the user changes the roles.
        for (const QString &r : c.roleIds)
            pairs.append({r, QString()});
    }
    m_roles->setPairs(pairs);
    m_touched.clear();
    m_serverErrors.clear();
    validate(false);
    onGrantChanged();
    updateLifetimeReadout();
}

GrantType ClientEditDialog::grant() const
{
    return grantTypeFromString(m_grant->currentData().toString());
}

QString ClientEditDialog::stateValue() const
{
    return m_state->currentData().toString();
}

QStringList ClientEditDialog::redirectUris() const
{
    QStringList out;
    for (int i = 0; i < m_redirectList->count(); ++i)
        out << m_redirectList->item(i)->text();
    return out;
}

QList<RoleDivision> ClientEditDialog::rolePairs() const
{
    QList<RoleDivision> pairs = m_roles->pairs();
    // Pairs shown from deprecated roleIds have no division: the home division is what they mean.
    const QString home = m_context ? m_context->directory()->homeDivisionId() : QString();
    for (RoleDivision &rd : pairs) {
        if (rd.divisionId.isEmpty())
            rd.divisionId = home.isEmpty() ? DirectoryCache::AllDivisions : home;
    }
    return pairs;
}

void ClientEditDialog::onGrantChanged()
{
    const GrantType g = grant();
    const bool unknown = g == GrantType::Unknown;
    m_redirectGroup->setVisible(grantUsesRedirectUris(g) || (unknown && m_redirectList->count() > 0));
    m_scopeGroup->setVisible(grantUsesScopes(g) || (unknown && !m_scopes->selected().isEmpty()));
    m_roleGroup->setVisible(grantUsesRoles(g) || (unknown && !m_roles->pairs().isEmpty()));
    m_implicitWarning->setVisible(g == GrantType::Token);
    m_redirectGroup->setTitle(g == GrantType::Token || g == GrantType::Code
                                  ? tr("Redirect URIs (at least one)")
                                  : tr("Redirect URIs"));
}

void ClientEditDialog::updateLifetimeReadout()
{
    m_lifetimeReadout->setText(u"= %1"_s.arg(ClientLabels::formatLifetime(m_lifetime->value())));
}

QString ClientEditDialog::checkRedirectUri(const QString &uri)
{
    // The platform's rules: an absolute URI, a host for http(s), no fragment; custom schemes of
    // native apps and "*" wildcards are allowed.
    if (uri.isEmpty())
        return tr("Enter a URI.");
    if (uri.contains(QRegularExpression(u"\\s"_s)))
        return tr("A redirect URI cannot contain spaces.");
    QString checked = uri;
    checked.replace(u'*', u'x'); // a wildcard stands for any host or path part
    const QUrl url(checked, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.isRelative())
        return tr("“%1” is not a valid absolute URI (for example https://app.example.com/callback).")
            .arg(uri);
    if (url.hasFragment())
        return tr("A redirect URI cannot have a fragment (#…).");
    const QString scheme = url.scheme().toLower();
    if ((scheme == "http"_L1 || scheme == "https"_L1) && url.host().isEmpty())
        return tr("“%1” has no host.").arg(uri);
    if (scheme != "http"_L1 && scheme != "https"_L1 && url.path().isEmpty() && url.host().isEmpty())
        return tr("“%1” needs a path after the scheme (for example com.example.app:/callback).").arg(uri);
    return {};
}

void ClientEditDialog::addRedirectUri()
{
    const QString uri = m_redirectEdit->text().trimmed();
    if (uri.isEmpty())
        return;
    const QString problem = checkRedirectUri(uri);
    if (!problem.isEmpty()) {
        showFieldError(RedirectField, problem);
        m_redirectEdit->setFocus();
        return;
    }
    if (!redirectUris().contains(uri))
        m_redirectList->addItem(uri);
    m_redirectEdit->clear();
    touch(RedirectField);
}

void ClientEditDialog::removeRedirectUri()
{
    const QList<QListWidgetItem *> items = m_redirectList->selectedItems();
    for (QListWidgetItem *item : items)
        delete item;
    if (!items.isEmpty())
        touch(RedirectField);
}

QHash<int, QString> ClientEditDialog::problems() const
{
    QHash<int, QString> p;
    if (m_name->text().trimmed().isEmpty())
        p.insert(NameField, tr("Give the client a name."));
    const qint64 lifetime = m_lifetime->value();
    const bool unchanged = m_original && lifetime == m_original->tokenLifetime();
    if (!unchanged && (lifetime < TokenLifetime::Minimum || lifetime > TokenLifetime::Maximum))
        p.insert(LifetimeField, tr("Choose a lifetime from %1 s (%2) to %3 s (%4).")
                                    .arg(QLocale().toString(TokenLifetime::Minimum),
                                         ClientLabels::formatLifetime(TokenLifetime::Minimum),
                                         QLocale().toString(TokenLifetime::Maximum),
                                         ClientLabels::formatLifetime(TokenLifetime::Maximum)));
    const GrantType g = grant();
    if (grantUsesRedirectUris(g)) {
        const QStringList uris = redirectUris();
        if (uris.isEmpty())
            p.insert(RedirectField,
                     tr("Add at least one redirect URI: the platform sends the user back there."));
        for (const QString &u : uris) {
            const QString problem = checkRedirectUri(u);
            if (!problem.isEmpty()) {
                p.insert(RedirectField, problem);
                break;
            }
        }
        if (const QString typed = m_redirectEdit->text().trimmed(); !typed.isEmpty()) {
            const QString problem = checkRedirectUri(typed);
            p.insert(RedirectField,
                     problem.isEmpty()
                         ? tr("Press Add (or Enter) to add the URI you typed, or clear the field.")
                         : problem);
        }
    }
    if (grantUsesScopes(g) && m_scopes->selected().isEmpty())
        p.insert(ScopesField, tr("Select at least one scope: they limit what the client's tokens may do."));
    if (grantUsesRoles(g) && m_roles->pairs().isEmpty())
        p.insert(RolesField,
                 tr("Add at least one role: a client-credentials client can do only what its roles allow."));
    return p;
}

QStringList ClientEditDialog::validationErrors() const
{
    const QHash<int, QString> p = problems();
    QStringList out;
    for (int f = NameField; f <= RolesField; ++f) {
        if (p.contains(f))
            out << p.value(f);
    }
    return out;
}

QLabel *ClientEditDialog::errorLabel(Field field) const
{
    return m_errors.value(field);
}

QWidget *ClientEditDialog::fieldWidget(Field field) const
{
    switch (field) {
    case NameField:
        return m_name;
    case DescriptionField:
        return m_description;
    case GrantField:
        return m_grant;
    case LifetimeField:
        return m_lifetime;
    case StateField:
        return m_state;
    case RedirectField:
        return m_redirectEdit;
    case ScopesField:
        return m_scopes->searchField();
    case RolesField:
        return m_roles->roleBox();
    }
    return nullptr;
}

void ClientEditDialog::showFieldError(Field field, const QString &text)
{
    if (QLabel *l = errorLabel(field)) {
        l->setText(text);
        l->setVisible(!text.isEmpty());
    }
}

void ClientEditDialog::touch(Field field)
{
    m_touched.insert(field);
    m_serverErrors.remove(field); // the user is fixing it
    validate(false);
}

void ClientEditDialog::validate(bool all)
{
    const QHash<int, QString> p = problems();
    for (int f = NameField; f <= RolesField; ++f) {
        const Field field = Field(f);
        QString text;
        if (m_serverErrors.contains(field))
            text = m_serverErrors.value(field);
        else if (all || m_touched.contains(field))
            text = p.value(field);
        showFieldError(field, text);
    }
}

QJsonObject ClientEditDialog::createBody() const
{
    const GrantType g = grant();
    QJsonObject body{{u"name"_s, m_name->text().trimmed()},
                     {u"authorizedGrantType"_s, grantTypeToString(g)},
                     {u"accessTokenValiditySeconds"_s, m_lifetime->value()},
                     {u"state"_s, stateValue()}};
    const QString description = m_description->toPlainText().trimmed();
    if (!description.isEmpty())
        body.insert(u"description"_s, description);
    if (grantUsesRedirectUris(g))
        body.insert(u"registeredRedirectUri"_s, toArray(redirectUris()));
    if (grantUsesScopes(g))
        body.insert(u"scope"_s, toArray(m_scopes->selected()));
    if (grantUsesRoles(g))
        body.insert(u"roleDivisions"_s, toArray(rolePairs()));
    return body;
}

QJsonObject ClientEditDialog::edits() const
{
    QJsonObject e;
    if (!m_original)
        return e;
    const OAuthClient &o = *m_original;
    const QString name = m_name->text().trimmed();
    if (name != o.name)
        e.insert(u"name"_s, name);
    const QString description = m_description->toPlainText().trimmed();
    if (description != o.description.trimmed())
        e.insert(u"description"_s, description);
    if (m_lifetime->value() != o.tokenLifetime())
        e.insert(u"accessTokenValiditySeconds"_s, m_lifetime->value());
    const QString state = stateValue();
    if (state != o.state && !(o.state.isEmpty() && state == "active"_L1))
        e.insert(u"state"_s, state);
    const QStringList uris = redirectUris();
    if (uris != o.registeredRedirectUri && !m_redirectGroup->isHidden())
        e.insert(u"registeredRedirectUri"_s, toArray(uris));
    const QStringList scopes = m_scopes->selected();
    if (!sameSet(scopes, o.scope) && !m_scopeGroup->isHidden())
        e.insert(u"scope"_s, toArray(scopes));
    QList<RoleDivision> shown = o.roleDivisions;
    if (shown.isEmpty()) {
        for (const QString &r : o.roleIds)
            shown.append({r, QString()});
    }
    if (!samePairs(m_roles->pairs(), shown) && !m_roleGroup->isHidden())
        e.insert(u"roleDivisions"_s, toArray(rolePairs()));
    return e;
}

void ClientEditDialog::accept()
{
    if (isSaving())
        return;
    m_serverErrors.clear();
    validate(true);
    const QHash<int, QString> p = problems();
    if (!p.isEmpty()) {
        for (int f = NameField; f <= RolesField; ++f) {
            if (p.contains(f)) {
                if (QWidget *w = fieldWidget(Field(f)))
                    w->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        m_message->showMessage(Theme::Tone::Error, tr("Fix the fields marked below, then try again."));
        return;
    }
    m_message->hide();
    if (!m_context || !m_context->session() || !m_context->session()->isSignedIn()) {
        m_message->showMessage(Theme::Tone::Error, tr("You are not signed in. Sign in, then save again."));
        return;
    }
    if (isEditing())
        checkThenSave();
    else
        submitCreate();
}

void ClientEditDialog::reject()
{
    if (isSaving())
        return; // an answer is on its way; closing now could lose a new client's secret
    QDialog::reject();
}

void ClientEditDialog::setBusy(bool busy, const QString &status)
{
    m_form->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_busyLabel->setText(busy ? status : QString());
}

void ClientEditDialog::submitCreate()
{
    setBusy(true, tr("Creating the client…"));
    m_operation = m_context->session()->clients()->create(createBody(), this,
                                                          [this](const Result<ClientWithSecret> &r) {
                                                              m_operation = nullptr;
                                                              setBusy(false);
                                                              if (!r) {
                                                                  onSaveFailed(r.error());
                                                                  return;
                                                              }
                                                              Q_EMIT created(r.value());
                                                              QDialog::accept();
                                                          });
}

void ClientEditDialog::checkThenSave()
{
    // Fetch first: if someone saved the client since the form opened, say so before overwriting.
    setBusy(true, tr("Checking whether the client changed meanwhile…"));
    m_operation =
        m_context->session()->clients()->get(m_original->id, this, [this](const Result<OAuthClient> &r) {
            m_operation = nullptr;
            setBusy(false);
            if (!r) {
                if (r.error().isNotFound()) {
                    m_message->showMessage(
                        Theme::Tone::Error,
                        tr("This client no longer exists: someone deleted it. Your edits were not "
                           "saved; copy anything you need, then close the dialog."));
                    m_save->setEnabled(false);
                    return;
                }
                onSaveFailed(r.error());
                return;
            }
            const OAuthClient &latest = r.value();
            const bool changed = latest.dateModified.isValid() || m_original->dateModified.isValid()
                                     ? latest.dateModified != m_original->dateModified
                                     : latest.json != m_original->json;
            if (changed) {
                showConflict(latest);
                return;
            }
            save(latest);
        });
}

void ClientEditDialog::save(const OAuthClient &base)
{
    const QJsonObject e = edits();
    if (e.isEmpty()) {
        // Nothing to send: the form matches the client.
        Q_EMIT saved(base);
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Saving…"));
    m_operation =
        m_context->session()->clients()->update(base, e, this, [this](const Result<OAuthClient> &r) {
            m_operation = nullptr;
            setBusy(false);
            if (!r) {
                onSaveFailed(r.error());
                return;
            }
            Q_EMIT saved(r.value());
            QDialog::accept();
        });
}

void ClientEditDialog::showConflict(const OAuthClient &latest)
{
    m_latest = latest;
    QStringList lines = describeClientChanges(*m_original, latest);
    if (lines.isEmpty())
        lines << tr("No field this form shows differs; the server's version is newer.");
    QString who = latest.modifiedBy.displayName();
    QString text =
        who.isEmpty() ? tr("<b>Someone else changed this client since you opened the form</b> (%1).")
                            .arg(QLocale().toString(latest.dateModified.toLocalTime(), QLocale::ShortFormat))
                      : tr("<b>%1 changed this client since you opened the form</b> (%2).")
                            .arg(who.toHtmlEscaped(),
                                 QLocale().toString(latest.dateModified.toLocalTime(), QLocale::ShortFormat));
    text += u"<ul style='margin-left:-20px'>"_s;
    for (const QString &l : std::as_const(lines))
        text += u"<li>%1</li>"_s.arg(l.toHtmlEscaped());
    text += u"</ul>"_s;
    text += tr("“Save my changes” writes only the fields you edited, on top of their version. “Load theirs” "
               "replaces the form with their version.");
    m_conflictText->setText(text);
    m_conflict->show();
    m_form->setEnabled(false);
    m_save->setEnabled(false);
    m_overwrite->setFocus();
}

void ClientEditDialog::hideConflict()
{
    m_latest.reset();
    m_conflict->hide();
    m_form->setEnabled(true);
    m_save->setEnabled(true);
}

void ClientEditDialog::onSaveFailed(const ApiError &error)
{
    // Everything typed stays. The fields the server blamed get its message.
    m_serverErrors.clear();
    const QString detail = error.message.isEmpty() ? error.userMessage() : error.message;
    for (const QString &f : error.fieldNames()) {
        const QString key = f.section(u'[', 0, 0).section(u'.', 0, 0);
        Field field = NameField;
        if (key == "name"_L1)
            field = NameField;
        else if (key == "description"_L1)
            field = DescriptionField;
        else if (key == "authorizedGrantType"_L1)
            field = GrantField;
        else if (key == "accessTokenValiditySeconds"_L1)
            field = LifetimeField;
        else if (key == "state"_L1 || key == "dateToDelete"_L1)
            field = StateField;
        else if (key == "registeredRedirectUri"_L1)
            field = RedirectField;
        else if (key == "scope"_L1)
            field = ScopesField;
        else if (key == "roleDivisions"_L1 || key == "roleIds"_L1)
            field = RolesField;
        else
            continue;
        m_serverErrors.insert(field, detail);
    }
    validate(false);
    const QString what = isEditing() ? tr("The client was not saved.") : tr("The client was not created.");
    if (error.outcomeUnknown)
        m_message->showError(error, tr("The answer was lost; the change may or may not have been applied."));
    else
        m_message->showError(error, what + u' ' + tr("Your input is kept: fix it and try again."));
    for (int f = NameField; f <= RolesField; ++f) {
        if (m_serverErrors.contains(f)) {
            if (QWidget *w = fieldWidget(Field(f)))
                w->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}
