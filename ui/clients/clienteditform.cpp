// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clienteditform.h"

#include "app/controllers/directorycache.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "models/domain/clientlabels.h"
#include "models/domain/insightschecks.h"
#include "ui/clients/clientformvalidator.h"
#include "ui/clients/fielderrorlabel.h"
#include "ui/clients/redirecturieditor.h"
#include "ui/clients/roledivisionpicker.h"
#include "ui/clients/scopepicker.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::Literals::StringLiterals;

ClientEditForm::ClientEditForm(SessionContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"editForm"_s);
    build();
    onGrantChanged();
    updateLifetimeReadout();
}

void ClientEditForm::build()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("What the app is and who owns it, e.g. “CRM sync (Sales IT)”"));
    m_name->setMaxLength(255);
    m_nameTaken = new QLabel(this);
    m_nameTaken->setObjectName(u"nameTakenWarning"_s);
    m_nameTaken->setWordWrap(true);
    m_nameTaken->setTextFormat(Qt::PlainText);
    m_nameTaken->hide();
    {
        QPalette pal = m_nameTaken->palette();
        pal.setColor(QPalette::WindowText, Theme::toneColor(Theme::Tone::Warning));
        m_nameTaken->setPalette(pal);
    }
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Optional: what it is used for, a contact, a ticket"));
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * m_description->frameWidth() + 8);

    m_grant = new QComboBox(this);
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
    // What the Insights checks would flag, under the field it is about (updateRuleWarnings()).
    for (const auto &[field, name] : {std::pair{ClientFormField::Grant, u"grantWarning"_s},
                                      std::pair{ClientFormField::Lifetime, u"lifetimeWarning"_s},
                                      std::pair{ClientFormField::Redirect, u"redirectWarning"_s},
                                      std::pair{ClientFormField::Roles, u"roleWarning"_s}}) {
        auto *warning = new QLabel(this);
        warning->setObjectName(name);
        warning->setWordWrap(true);
        warning->hide();
        QPalette pal = warning->palette();
        pal.setColor(QPalette::WindowText, Theme::toneColor(Theme::Tone::Warning));
        warning->setPalette(pal);
        m_warnings.insert(field, warning);
    }

    m_lifetime = new QSpinBox(this);
    m_lifetime->setObjectName(u"lifetimeSpin"_s);
    // Any number can be typed: one out of the platform's range is an error that names the range
    // (ClientFormValidator), never silently clamped to it.
    m_lifetime->setRange(0, LifetimeTypingMaximum);
    m_lifetime->setValue(int(TokenLifetime::Default));
    m_lifetime->setSingleStep(300);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setAccelerated(true);
    m_lifetime->setGroupSeparatorShown(true);
    m_lifetimeReadout = new QLabel(this);
    m_lifetimeReadout->setObjectName(u"lifetimeReadout"_s);
    m_lifetimeNote = new QLabel(this);
    m_lifetimeNote->setObjectName(u"lifetimeNote"_s);
    m_lifetimeNote->setWordWrap(true);
    m_lifetimeNote->hide();
    auto *lifetimeRow = new QHBoxLayout;
    lifetimeRow->addWidget(m_lifetime);
    lifetimeRow->addWidget(m_lifetimeReadout, 1);

    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateCombo"_s);
    m_state->addItem(tr("Active — tokens can be issued"), u"active"_s);
    m_state->addItem(tr("Disabled — no tokens, existing ones invalid"), u"disabled"_s);
    m_state->addItem(tr("Inactive — no new tokens, deleted by the platform later"), u"inactive"_s);

    m_redirects = new RedirectUriEditor(this);
    m_errors[ClientFormField::Redirect] = m_redirects->errorLabel();
    auto *redirectBox = new QWidget(this);
    {
        auto *l = new QVBoxLayout(redirectBox);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_redirects);
        l->addWidget(m_warnings[ClientFormField::Redirect]);
    }

    m_scopeGroup = new QGroupBox(tr("Scopes"), this);
    m_scopeGroup->setObjectName(u"scopeGroup"_s);
    m_scopes = new ScopePicker(m_scopeGroup);
    m_scopes->setObjectName(u"scopePicker"_s);
    {
        auto *l = new QVBoxLayout(m_scopeGroup);
        l->addWidget(m_scopes, 1);
        l->addWidget(m_errors[ClientFormField::Scopes] = new FieldErrorLabel(u"scopeError"_s, m_scopeGroup));
    }

    m_roleGroup = new QGroupBox(tr("Roles and divisions"), this);
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
        l->addWidget(m_warnings[ClientFormField::Roles]);
        l->addWidget(m_errors[ClientFormField::Roles] = new FieldErrorLabel(u"roleError"_s, m_roleGroup));
    }
    if (m_context) {
        m_scopes->setCatalog(m_context->scopes());
        m_roles->setDirectory(m_context->directory());
        // Role names (and whether one is admin-like) arrive with the directory.
        connect(m_context->directory(), &DirectoryCache::changed, this, &ClientEditForm::updateRuleWarnings);
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
    // A field with, under it, the lines that go with it and its error line.
    auto box = [this](ClientFormField f, const QString &errorName, std::initializer_list<QObject *> parts) {
        auto *b = new QWidget(this);
        auto *l = new QVBoxLayout(b);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        for (QObject *part : parts) {
            if (auto *w = qobject_cast<QWidget *>(part))
                l->addWidget(w);
            else if (auto *row = qobject_cast<QLayout *>(part))
                l->addLayout(row);
        }
        l->addWidget(m_errors[f] = new FieldErrorLabel(errorName, b));
        return b;
    };
    addRow(tr("&Name:"), box(ClientFormField::Name, u"nameError"_s, {m_name, m_nameTaken}), m_name);
    addRow(tr("&Description:"), box(ClientFormField::Description, u"descriptionError"_s, {m_description}),
           m_description);
    addRow(tr("&Grant type:"),
           box(ClientFormField::Grant, u"grantError"_s, {m_grant, m_warnings[ClientFormField::Grant]}),
           m_grant);
    addRow(tr("&Token lifetime:"),
           box(ClientFormField::Lifetime, u"lifetimeError"_s,
               {lifetimeRow, m_lifetimeNote, m_warnings[ClientFormField::Lifetime]}),
           m_lifetime);
    addRow(tr("&State:"), box(ClientFormField::State, u"stateError"_s, {m_state}), m_state);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(redirectBox);
    layout->addWidget(m_scopeGroup, 1);
    layout->addWidget(m_roleGroup, 1);

    // Inline validation as the user goes (only for fields they touched).
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateNameTaken();
        touch(ClientFormField::Name);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { touch(ClientFormField::Description); });
    connect(m_grant, &QComboBox::currentIndexChanged, this, [this] {
        onGrantChanged();
        touch(ClientFormField::Grant);
    });
    connect(m_lifetime, &QSpinBox::valueChanged, this, [this] {
        updateLifetimeReadout();
        touch(ClientFormField::Lifetime);
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] { touch(ClientFormField::State); });
    connect(m_redirects, &RedirectUriEditor::edited, this, [this] { touch(ClientFormField::Redirect); });
    connect(m_scopes, &ScopePicker::selectionChanged, this, [this] { touch(ClientFormField::Scopes); });
    connect(m_roles, &RoleDivisionPicker::pairsChanged, this, [this] { touch(ClientFormField::Roles); });
}

void ClientEditForm::populate(const OAuthClient &c)
{
    m_original = c;
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
        m_lifetime->setRange(int(std::clamp<qint64>(lifetime, INT_MIN, 0)),
                             int(std::clamp<qint64>(lifetime, LifetimeTypingMaximum, INT_MAX)));
        m_lifetimeNote->setText(
            tr("This client's token lifetime (%1) is outside the %2 to %3 the platform documents. "
               "It is kept as it is unless you change it.")
                .arg(ClientLabels::formatLifetime(lifetime),
                     ClientLabels::formatLifetime(TokenLifetime::Minimum),
                     ClientLabels::formatLifetime(TokenLifetime::Maximum)));
        m_lifetimeNote->show();
    } else {
        m_lifetime->setRange(0, LifetimeTypingMaximum);
        m_lifetimeNote->hide();
    }
    m_lifetime->setValue(int(std::min<qint64>(lifetime, INT_MAX)));

    int s = m_state->findData(c.state.isEmpty() ? u"active"_s : c.state);
    if (s < 0) {
        m_state->addItem(ClientLabels::stateLabel(c.state), c.state);
        s = m_state->count() - 1;
    }
    m_state->setCurrentIndex(s);

    m_redirects->setUris(c.registeredRedirectUri);
    m_scopes->setSelected(c.scope);
    m_scopes->listSelectedFirst(); // what the client has, on top
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
    updateNameTaken();
}

GrantType ClientEditForm::grant() const
{
    return grantTypeFromString(m_grant->currentData().toString());
}

ClientFormValues ClientEditForm::values() const
{
    ClientFormValues v;
    v.name = m_name->text().trimmed();
    v.description = m_description->toPlainText().trimmed();
    v.grant = grant();
    v.lifetime = m_lifetime->value();
    v.state = m_state->currentData().toString();
    v.redirectUris = m_redirects->uris();
    v.typedRedirectUri = m_redirects->typedUri();
    v.scopes = m_scopes->selected();
    v.roles = m_roles->pairs();
    v.pendingRole = m_roles->pendingText();
    v.homeDivisionId = m_context ? m_context->directory()->homeDivisionId() : QString();
    v.redirectsShown = !m_redirects->isHidden();
    v.scopesShown = !m_scopeGroup->isHidden();
    v.rolesShown = !m_roleGroup->isHidden();
    return v;
}

void ClientEditForm::prefill(const OAuthClient &client)
{
    populate(client);
    m_original.reset();
    m_grant->setEnabled(true);
    m_grant->setToolTip(QString());
    validate(false);
    onGrantChanged();
    updateNameTaken(); // not the original any more: a client of that name is another one
}

void ClientEditForm::setExistingClients(const QHash<QString, QString> &namesById)
{
    m_existingNames = namesById;
    updateNameTaken();
}

void ClientEditForm::updateNameTaken()
{
    const QString typed = m_name->text().trimmed().toCaseFolded();
    QString taken;
    if (!typed.isEmpty()) {
        for (auto it = m_existingNames.cbegin(); it != m_existingNames.cend(); ++it) {
            if (m_original && it.key() == m_original->id)
                continue; // the client being edited
            if (it.value().trimmed().toCaseFolded() == typed) {
                taken = it.value().trimmed();
                break;
            }
        }
    }
    const QString text = taken.isEmpty()
                             ? QString()
                             : tr("A client named “%1” already exists in this org. Genesys Cloud allows it, "
                                  "but two clients with one name are easy to confuse.")
                                   .arg(taken);
    m_nameTaken->setText(text);
    m_nameTaken->setVisible(!text.isEmpty());
    m_name->setAccessibleDescription(text);
}

QMap<ClientFormField, QString> ClientEditForm::problems() const
{
    return ClientFormValidator::problems(values(), m_original);
}

void ClientEditForm::onGrantChanged()
{
    const GrantType g = grant();
    const bool unknown = g == GrantType::Unknown;
    m_redirects->setVisible(grantUsesRedirectUris(g) || (unknown && !m_redirects->uris().isEmpty()));
    m_scopeGroup->setVisible(grantUsesScopes(g) || (unknown && !m_scopes->selected().isEmpty()));
    m_roleGroup->setVisible(grantUsesRoles(g) || (unknown && !m_roles->pairs().isEmpty()));
    m_redirects->setRequired(g == GrantType::Token || g == GrantType::Code);
    updateRuleWarnings();
}

void ClientEditForm::updateLifetimeReadout()
{
    m_lifetimeReadout->setText(u"= %1"_s.arg(ClientLabels::formatLifetime(m_lifetime->value())));
}

QWidget *ClientEditForm::fieldWidget(ClientFormField field) const
{
    switch (field) {
    case ClientFormField::Name:
        return m_name;
    case ClientFormField::Description:
        return m_description;
    case ClientFormField::Grant:
        return m_grant;
    case ClientFormField::Lifetime:
        return m_lifetime;
    case ClientFormField::State:
        return m_state;
    case ClientFormField::Redirect:
        return m_redirects->lineEdit();
    case ClientFormField::Scopes:
        return m_scopes->searchField();
    case ClientFormField::Roles:
        return m_roles->roleBox();
    }
    return nullptr;
}

void ClientEditForm::touch(ClientFormField field)
{
    m_touched.insert(field);
    m_serverErrors.remove(field); // the user is fixing it
    validate(false);
    updateRuleWarnings();
    Q_EMIT edited();
}

QMap<ClientFormField, QStringList> ClientEditForm::ruleWarnings() const
{
    // The client as the form would save it, through the same checks as Insights.
    const ClientFormValues v = values();
    OAuthClient c;
    if (m_original)
        c = *m_original;
    c.name = v.name;
    c.description = v.description;
    c.grantType = m_grant->currentData().toString();
    c.state = v.state;
    c.accessTokenValiditySeconds = v.lifetime;
    c.registeredRedirectUri = v.redirectUris;
    if (!v.typedRedirectUri.isEmpty())
        c.registeredRedirectUri.append(v.typedRedirectUri);
    c.scope = v.scopes;
    c.roleDivisions = v.resolvedRoles();
    c.roleIds.clear();
    c.dateToDelete = {};
    CheckContext ctx;
    ctx.now = QDateTime::currentDateTimeUtc();
    if (m_context && m_context->directory()->rolesLoaded())
        ctx.setRoles(m_context->directory()->roles());
    QMap<ClientFormField, QStringList> out;
    for (const CheckFinding &f : checkClient(c, ctx)) {
        if (f.check->severity == CheckSeverity::Low)
            continue; // a missing description is for the Insights page, not a warning while typing
        if (const std::optional<ClientFormField> field = fieldOfCheck(f.check->id))
            out[*field].append(f.reason);
    }
    return out;
}

std::optional<ClientFormField> ClientEditForm::fieldOfCheck(QLatin1StringView checkId)
{
    if (checkId == "implicit-grant"_L1 || checkId == "password-grant"_L1)
        return ClientFormField::Grant;
    if (checkId == "max-token-lifetime"_L1)
        return ClientFormField::Lifetime;
    if (checkId == "http-redirect"_L1 || checkId == "wildcard-redirect"_L1)
        return ClientFormField::Redirect;
    if (checkId == "admin-all-divisions"_L1)
        return ClientFormField::Roles;
    return std::nullopt;
}

void ClientEditForm::updateRuleWarnings()
{
    const QMap<ClientFormField, QStringList> w = ruleWarnings();
    for (auto it = m_warnings.cbegin(); it != m_warnings.cend(); ++it) {
        const QStringList reasons = w.value(it.key());
        it.value()->setText(reasons.join(u'\n'));
        it.value()->setVisible(!reasons.isEmpty());
    }
}

QJsonObject ClientEditForm::inputSnapshot() const
{
    const ClientFormValues v = values();
    QJsonObject o = v.createBody();
    o.insert(u"typedRedirectUri"_s, v.typedRedirectUri);
    o.insert(u"pendingRole"_s, m_roles->pendingText());
    return o;
}

void ClientEditForm::markPristine()
{
    m_pristine = inputSnapshot();
}

bool ClientEditForm::isModified() const
{
    return inputSnapshot() != m_pristine;
}

int ClientEditForm::widestMinimumWidth() const
{
    int widest = layout()->totalMinimumSize().width();
    for (const QWidget *section :
         {static_cast<const QWidget *>(m_redirects), static_cast<const QWidget *>(m_scopeGroup),
          static_cast<const QWidget *>(m_roleGroup)})
        widest = std::max(widest, section->minimumSizeHint().width());
    return widest;
}

void ClientEditForm::commitPendingRole()
{
    if (!m_roleGroup->isHidden())
        m_roles->addPending();
}

void ClientEditForm::validate(bool all)
{
    const QMap<ClientFormField, QString> p = problems();
    for (const ClientFormField f : ClientFormFields) {
        QString text;
        if (m_serverErrors.contains(f))
            text = m_serverErrors.value(f);
        else if (all || m_touched.contains(f))
            text = p.value(f);
        m_errors.value(f)->setError(text);
    }
}

void ClientEditForm::setServerErrors(const QMap<ClientFormField, QString> &errors)
{
    m_serverErrors = errors;
    validate(false);
}

QWidget *ClientEditForm::focusFirst(const QList<ClientFormField> &fields)
{
    for (const ClientFormField f : ClientFormFields) {
        if (fields.contains(f)) {
            if (QWidget *w = fieldWidget(f))
                w->setFocus(Qt::OtherFocusReason);
            return m_errors.value(f);
        }
    }
    return nullptr;
}

bool ClientEditForm::handlesEnter(const QWidget *focus) const
{
    return focus && (focus == m_redirects->lineEdit() || focus == m_scopes->searchField() ||
                     focus == m_scopes->view() || m_roles->isAncestorOf(focus));
}
