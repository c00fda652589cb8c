// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/signindialog.h"

#include "app/auth/secretstore.h"
#include "app/auth/signincontroller.h"
#include "app/net/operation.h"
#include "app/net/regions.h"

#include <QAction>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
void wipe(QLineEdit *field)
{
    // QLineEdit keeps no other copy we could reach; overwrite what we can before clearing.
    field->setText(QString(field->text().size(), u' '));
    field->clear();
}

QIcon swatch(const QColor &color, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 0, 0, 90), 1));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    return QIcon(pm);
}

// The badge colours offered: strong enough for white text in light and dark themes.
struct Preset
{
    const char *name;
    const char *hex;
};
constexpr Preset Presets[] = {
    {QT_TRANSLATE_NOOP("SignInDialog", "Red"), "#c62828"},
    {QT_TRANSLATE_NOOP("SignInDialog", "Orange"), "#e65100"},
    {QT_TRANSLATE_NOOP("SignInDialog", "Amber"), "#b28704"},
    {QT_TRANSLATE_NOOP("SignInDialog", "Green"), "#2e7d32"},
    {QT_TRANSLATE_NOOP("SignInDialog", "Blue"), "#1565c0"},
    {QT_TRANSLATE_NOOP("SignInDialog", "Purple"), "#6a1b9a"},
    {QT_TRANSLATE_NOOP("SignInDialog", "Grey"), "#546e7a"},
};
} // namespace

SignInDialog::SignInDialog(SignInController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Sign In"));
    setObjectName(u"signInDialog"_s);
    buildForm();
    selectProfile(m_controller->profiles()->lastUsed());
}

SignInDialog::~SignInDialog()
{
    if (m_operation)
        m_operation->cancel();
    clearSecrets();
}

void SignInDialog::buildForm()
{
    auto *outer = new QVBoxLayout(this);

    // Wide enough for the longest hint without wrapping it into a column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    m_reason = new QLabel(this);
    m_reason->setObjectName(u"reasonLabel"_s);
    m_reason->setWordWrap(true);
    m_reason->setFrameShape(QFrame::StyledPanel);
    m_reason->setMargin(fontMetrics().averageCharWidth());
    m_reason->setVisible(false);
    outer->addWidget(m_reason);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    outer->addLayout(m_form);

    auto *profileRow = new QHBoxLayout;
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_removeProfile = new QPushButton(tr("&Remove…"), this);
    m_removeProfile->setObjectName(u"removeProfileButton"_s);
    m_removeProfile->setToolTip(tr("Remove this profile and delete its credentials from the keychain"));
    profileRow->addWidget(m_profileCombo);
    profileRow->addWidget(m_removeProfile);
    profileRow->addStretch(1);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profileCombo);
    m_form->addRow(profileLabel, profileRow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Northwind production"));
    m_name->setMaxLength(64);
    m_form->addRow(tr("&Name:"), m_name);

    m_org = new QLineEdit(this);
    m_org->setObjectName(u"orgEdit"_s);
    m_org->setPlaceholderText(tr("Optional: the organization, for your own reference"));
    m_form->addRow(tr("&Organization:"), m_org);

    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionCombo"_s);
    for (const Region &r : allRegions())
        m_region->addItem(u"%1 — %2"_s.arg(r.label, r.id), r.id);
    m_region->addItem(tr("Custom…"), QString());
    m_form->addRow(tr("&Region:"), m_region);

    m_customBox = new QWidget(this);
    auto *custom = new QFormLayout(m_customBox);
    custom->setContentsMargins(0, 0, 0, 0);
    m_apiUrl = new QLineEdit(m_customBox);
    m_apiUrl->setObjectName(u"apiUrlEdit"_s);
    m_apiUrl->setPlaceholderText(u"https://api.example.com"_s);
    m_loginUrl = new QLineEdit(m_customBox);
    m_loginUrl->setObjectName(u"loginUrlEdit"_s);
    m_loginUrl->setPlaceholderText(tr("Derived from the API URL (api. → login.)"));
    custom->addRow(tr("&API URL:"), m_apiUrl);
    custom->addRow(tr("&Login URL:"), m_loginUrl);
    m_form->addRow(QString(), m_customBox);

    auto *methods = new QWidget(this);
    auto *methodLayout = new QVBoxLayout(methods);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    m_pkceRadio = new QRadioButton(tr("&Browser sign-in (authorization code with PKCE)"), methods);
    m_pkceRadio->setObjectName(u"pkceRadio"_s);
    m_ccRadio = new QRadioButton(tr("Client &credentials (client id and secret)"), methods);
    m_ccRadio->setObjectName(u"clientCredentialsRadio"_s);
    m_tokenRadio = new QRadioButton(tr("Paste an access &token"), methods);
    m_tokenRadio->setObjectName(u"tokenRadio"_s);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_pkceRadio, m_ccRadio, m_tokenRadio}) {
        group->addButton(b);
        methodLayout->addWidget(b);
    }
    m_form->addRow(tr("Method:"), methods);

    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setPlaceholderText(tr("The OAuth client's id (a UUID)"));
    m_clientIdLabel = new QLabel(tr("Client &ID:"), this);
    m_clientIdLabel->setBuddy(m_clientId);
    m_form->addRow(m_clientIdLabel, m_clientId);

    m_portBox = new QWidget(this);
    auto *portLayout = new QVBoxLayout(m_portBox);
    portLayout->setContentsMargins(0, 0, 0, 0);
    auto *portRow = new QHBoxLayout;
    m_port = new QSpinBox(m_portBox);
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1024, 65535);
    m_port->setValue(Profile::DefaultPort);
    m_port->setToolTip(
        tr("The port of the loopback redirect; it is part of the redirect URI registered on the "
           "client."));
    // The exact URI, selectable and copyable: it has to be registered on the client as it is.
    m_redirectUri = new QLineEdit(m_portBox);
    m_redirectUri->setObjectName(u"redirectUriEdit"_s);
    m_redirectUri->setAccessibleName(tr("Redirect URI to register"));
    m_redirectUri->setReadOnly(true);
    m_redirectUri->setToolTip(tr("Register exactly this redirect URI on the OAuth client."));
    m_redirectUri->setMinimumWidth(
        m_redirectUri->fontMetrics().horizontalAdvance(u"http://127.0.0.1:65535/__"_s) +
        2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth));
    m_copyRedirect = new QPushButton(tr("Cop&y"), m_portBox);
    m_copyRedirect->setObjectName(u"copyRedirectButton"_s);
    m_copyRedirect->setToolTip(tr("Copy the redirect URI"));
    portRow->addWidget(m_port);
    portRow->addWidget(new QLabel(tr("Redirect URI:"), m_portBox));
    portRow->addWidget(m_redirectUri, 1);
    portRow->addWidget(m_copyRedirect);
    portLayout->addLayout(portRow);
    auto *hint = new QLabel(tr("Register this redirect URI on the OAuth client."), m_portBox);
    hint->setEnabled(false); // the palette's dimmed text: a hint, not an error
    portLayout->addWidget(hint);
    m_portLabel = new QLabel(tr("Loopback &port:"), this);
    m_portLabel->setBuddy(m_port);
    m_form->addRow(m_portLabel, m_portBox);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(tr("Client &secret:"), this);
    m_secretLabel->setBuddy(m_secret);
    m_form->addRow(m_secretLabel, m_secret);

    m_tokenField = new QLineEdit(this);
    m_tokenField->setObjectName(u"tokenEdit"_s);
    m_tokenField->setEchoMode(QLineEdit::Password);
    m_tokenLabel = new QLabel(tr("Access &token:"), this);
    m_tokenLabel->setBuddy(m_tokenField);
    m_form->addRow(m_tokenLabel, m_tokenField);

    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    // Take the whole field width (a wrapped label otherwise settles for a narrow column).
    m_keychainNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_form->addRow(QString(), m_keychainNote);

    auto *badge = new QWidget(this);
    auto *badgeLayout = new QHBoxLayout(badge);
    badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLineEdit(badge);
    m_label->setObjectName(u"labelEdit"_s);
    m_label->setMaxLength(16);
    m_label->setPlaceholderText(tr("e.g. PROD"));
    m_color = new QComboBox(badge);
    m_color->setObjectName(u"colorCombo"_s);
    m_color->setAccessibleName(tr("Badge colour"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_color->addItem(tr("No colour"), QString());
    for (const Preset &p : Presets)
        m_color->addItem(swatch(QColor(QLatin1StringView(p.hex)), iconSize), tr(p.name),
                         QString::fromLatin1(p.hex));
    badgeLayout->addWidget(m_label, 1);
    badgeLayout->addWidget(m_color);
    auto *badgeLabel = new QLabel(tr("Badge &label:"), this);
    badgeLabel->setBuddy(m_label);
    m_form->addRow(badgeLabel, badge);

    m_rateLimit = new QSpinBox(this);
    m_rateLimit->setObjectName(u"rateLimitSpin"_s);
    m_rateLimit->setRange(0, RateBudget::MaxRequests);
    m_rateLimit->setValue(RateBudget::DefaultLimit.requests);
    m_rateLimit->setSpecialValueText(tr("No limit"));
    m_rateLimit->setToolTip(
        tr("OAuth Desk sends at most this many requests per minute with this profile's "
           "token (a little less, to be safe), so that the platform does not refuse them. "
           "300 is the platform's default; 0: no limit."));
    m_form->addRow(tr("Requests per &minute:"), m_rateLimit);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    m_copyLink = new QPushButton(tr("Copy Sign-in &Link"), this);
    m_copyLink->setObjectName(u"copyLinkButton"_s);
    m_copyLink->setToolTip(tr("If no browser opened: paste the link into a browser yourself."));
    m_copyLink->setVisible(false);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_copyLink, 0, Qt::AlignTop);
    outer->addLayout(statusRow);

    m_buttons = new QDialogButtonBox(this);
    m_signInButton = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_profileCombo, &QComboBox::activated, this, &SignInDialog::onProfileChosen);
    connect(m_removeProfile, &QPushButton::clicked, this, &SignInDialog::confirmRemove);
    connect(m_region, &QComboBox::currentIndexChanged, this, &SignInDialog::onRegionChanged);
    for (QRadioButton *b : {m_pkceRadio, m_ccRadio, m_tokenRadio})
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                onMethodChanged();
        });
    connect(m_port, &QSpinBox::valueChanged, this, &SignInDialog::updateRedirectUri);
    connect(m_copyRedirect, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(pkce::redirectUri(quint16(m_port->value()))); });
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        const QUrl url = m_controller->pendingBrowserUrl();
        if (url.isValid())
            QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
    });
    connect(m_controller, &SignInController::progress, this, [this](const QString &text) {
        if (isSigningIn())
            showStatus(text);
        m_copyLink->setVisible(isSigningIn() && m_controller->pendingBrowserUrl().isValid());
    });
    connect(m_controller->secrets(), &SecretStore::unavailable, this, [this] { onMethodChanged(); });
    connect(m_controller->profiles(), &ProfileStore::profilesChanged, this, [this] {
        if (!isSigningIn())
            reloadProfileList(m_originalName);
    });
}

void SignInDialog::reloadProfileList(const QString &select)
{
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &p : m_controller->profiles()->profiles()) {
        const QString text = p.orgLabel.isEmpty() ? p.name : u"%1 (%2)"_s.arg(p.name, p.orgLabel);
        if (p.color.isEmpty())
            m_profileCombo->addItem(text, p.name);
        else
            m_profileCombo->addItem(swatch(QColor(p.color), style()->pixelMetric(QStyle::PM_SmallIconSize)),
                                    text, p.name);
    }
    m_profileCombo->addItem(tr("New profile…"), QString());
    const int index = select.isEmpty() ? -1 : m_profileCombo->findData(select);
    m_profileCombo->setCurrentIndex(index >= 0 ? index : m_profileCombo->count() - 1);
}

void SignInDialog::setAlternative(QAction *action)
{
    if (m_alternative) {
        m_buttons->removeButton(m_alternative);
        m_alternative->deleteLater();
        m_alternative = nullptr;
    }
    if (!action)
        return;
    m_alternative = m_buttons->addButton(action->text(), QDialogButtonBox::ActionRole);
    m_alternative->setObjectName(u"alternativeButton"_s);
    m_alternative->setAutoDefault(false);
    connect(m_alternative, &QPushButton::clicked, action, &QAction::trigger);
}

namespace {
const QString LastRegionKey = u"signIn/lastRegion"_s;
} // namespace

QString SignInDialog::nearestRegionId(const QLocale &locale)
{
    using T = QLocale::Territory;
    static const QHash<T, QString> nearest{
        {T::UnitedStates, u"us_east_1"_s},
        {T::Canada, u"ca_central_1"_s},
        {T::Brazil, u"sa_east_1"_s},
        {T::Argentina, u"sa_east_1"_s},
        {T::Chile, u"sa_east_1"_s},
        {T::Uruguay, u"sa_east_1"_s},
        {T::Paraguay, u"sa_east_1"_s},
        {T::Peru, u"sa_east_1"_s},
        {T::Colombia, u"sa_east_1"_s},
        {T::Mexico, u"mx_central_1"_s},
        {T::Guatemala, u"mx_central_1"_s},
        {T::CostaRica, u"mx_central_1"_s},
        {T::Ireland, u"eu_west_1"_s},
        {T::UnitedKingdom, u"eu_west_2"_s},
        {T::Germany, u"eu_central_1"_s},
        {T::Austria, u"eu_central_1"_s},
        {T::France, u"eu_central_1"_s},
        {T::Netherlands, u"eu_central_1"_s},
        {T::Belgium, u"eu_central_1"_s},
        {T::Luxembourg, u"eu_central_1"_s},
        {T::Denmark, u"eu_central_1"_s},
        {T::Sweden, u"eu_central_1"_s},
        {T::Norway, u"eu_central_1"_s},
        {T::Finland, u"eu_central_1"_s},
        {T::Poland, u"eu_central_1"_s},
        {T::Czechia, u"eu_central_1"_s},
        {T::Italy, u"eu_central_1"_s},
        {T::Spain, u"eu_central_1"_s},
        {T::Portugal, u"eu_west_1"_s},
        {T::Switzerland, u"eu_central_2"_s},
        {T::Liechtenstein, u"eu_central_2"_s},
        {T::UnitedArabEmirates, u"me_central_1"_s},
        {T::SaudiArabia, u"me_central_1"_s},
        {T::Qatar, u"me_central_1"_s},
        {T::India, u"ap_south_1"_s},
        {T::Japan, u"ap_northeast_1"_s},
        {T::SouthKorea, u"ap_northeast_2"_s},
        {T::Indonesia, u"ap_southeast_1"_s},
        {T::Singapore, u"ap_southeast_1"_s},
        {T::Malaysia, u"ap_southeast_1"_s},
        {T::Philippines, u"ap_southeast_1"_s},
        {T::Australia, u"ap_southeast_2"_s},
        {T::NewZealand, u"ap_southeast_2"_s},
    };
    return nearest.value(locale.territory(), allRegions().constFirst().id);
}

QString SignInDialog::defaultRegionId()
{
    const QString last = QSettings().value(LastRegionKey).toString();
    for (const Region &r : allRegions()) {
        if (r.id == last)
            return last;
    }
    return nearestRegionId(QLocale::system());
}

void SignInDialog::selectProfile(const QString &name)
{
    const std::optional<Profile> p = name.isEmpty() ? std::nullopt : m_controller->profiles()->profile(name);
    m_originalName = p ? p->name : QString();
    reloadProfileList(m_originalName);
    Profile fresh;
    fresh.regionId = defaultRegionId(); // a new profile: not "Custom…"
    fillFrom(p.value_or(fresh));
    m_removeProfile->setEnabled(p.has_value());
}

void SignInDialog::confirmRemove()
{
    if (m_originalName.isEmpty() || isSigningIn())
        return;
    const QString name = m_originalName;
    const bool current = m_controller->currentProfile() && m_controller->currentProfile()->name == name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile “%1”?").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(u"removeProfileConfirmation"_s);
    box->setInformativeText(current ? tr("You are signed in with it: you will be signed out. Its credentials "
                                         "are deleted from the keychain.")
                                    : tr("Its credentials are deleted from the keychain."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        m_controller->removeProfile(name);
        selectProfile(QString());
        showStatus(tr("Profile “%1” removed.").arg(name));
    });
    box->open();
}

void SignInDialog::onProfileChosen(int index)
{
    if (isSigningIn())
        return;
    selectProfile(m_profileCombo->itemData(index).toString());
    m_status->setVisible(false);
    m_name->setFocus();
}

void SignInDialog::fillFrom(const Profile &p)
{
    clearSecrets();
    m_name->setText(p.name);
    m_org->setText(p.orgLabel);
    const int region = m_region->findData(p.regionId);
    m_region->setCurrentIndex(region >= 0 ? region : 0);
    if (p.isCustom() && !p.apiUrl.isEmpty())
        m_region->setCurrentIndex(m_region->count() - 1);
    m_apiUrl->setText(p.apiUrl.toString());
    m_loginUrl->setText(p.loginUrl.toString());
    m_pkceRadio->setChecked(p.method == SignInMethod::Pkce);
    m_ccRadio->setChecked(p.method == SignInMethod::ClientCredentials);
    m_tokenRadio->setChecked(p.method == SignInMethod::Token);
    m_clientId->setText(p.clientId);
    m_port->setValue(p.port);
    const qint64 windowMs = std::max<qint64>(1, p.rateLimit.window.count());
    m_rateLimit->setValue(
        int(std::min<qint64>(qint64(p.rateLimit.requests) * 60000 / windowMs, RateBudget::MaxRequests)));
    m_label->setText(p.label);
    int color = m_color->findData(p.color.toLower());
    if (color < 0 && !p.color.isEmpty()) {
        // A colour set elsewhere (the profiles file): offer it as it is.
        m_color->addItem(swatch(QColor(p.color), style()->pixelMetric(QStyle::PM_SmallIconSize)), p.color,
                         p.color.toLower());
        color = m_color->count() - 1;
    }
    m_color->setCurrentIndex(std::max(color, 0));
    onRegionChanged();
    onMethodChanged();
    updateRedirectUri();
}

Profile SignInDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.orgLabel = m_org->text().trimmed();
    p.regionId = m_region->currentData().toString();
    if (p.regionId.isEmpty()) {
        p.apiUrl = QUrl(m_apiUrl->text().trimmed(), QUrl::StrictMode);
        p.loginUrl = QUrl(m_loginUrl->text().trimmed(), QUrl::StrictMode);
    }
    p.method = m_ccRadio->isChecked()      ? SignInMethod::ClientCredentials
               : m_tokenRadio->isChecked() ? SignInMethod::Token
                                           : SignInMethod::Pkce;
    p.clientId = p.method == SignInMethod::Token ? QString() : m_clientId->text().trimmed();
    p.port = quint16(m_port->value());
    p.rateLimit = {m_rateLimit->value(), std::chrono::minutes(1)};
    p.label = m_label->text().trimmed();
    p.color = m_color->currentData().toString();
    return p;
}

void SignInDialog::onRegionChanged()
{
    m_customBox->setVisible(m_region->currentData().toString().isEmpty());
}

void SignInDialog::onMethodChanged()
{
    const bool pkceOn = m_pkceRadio->isChecked();
    const bool cc = m_ccRadio->isChecked();
    const bool token = m_tokenRadio->isChecked();
    m_clientIdLabel->setVisible(!token);
    m_clientId->setVisible(!token);
    m_portLabel->setVisible(pkceOn);
    m_portBox->setVisible(pkceOn);
    m_secretLabel->setVisible(cc);
    m_secret->setVisible(cc);
    m_tokenLabel->setVisible(token);
    m_tokenField->setVisible(token);

    const bool saved = !m_originalName.isEmpty();
    m_secret->setPlaceholderText(saved ? tr("Leave empty to use the secret stored in the keychain")
                                       : QString());
    m_tokenField->setPlaceholderText(saved ? tr("Leave empty to use the token stored in the keychain")
                                           : QString());
    QString note;
    if (!m_controller->secrets()->isAvailable())
        note = m_controller->secrets()->unavailableMessage();
    else if (pkceOn)
        note = tr("Opens your browser to sign in. Tokens are kept in the %1, never in the settings.")
                   .arg(m_controller->secrets()->backendName());
    else if (cc)
        note = tr("The secret is kept in the %1, never in the settings.")
                   .arg(m_controller->secrets()->backendName());
    else
        note = tr("The token is kept in the %1 until it expires or you sign out.")
                   .arg(m_controller->secrets()->backendName());
    m_keychainNote->setText(note);
}

void SignInDialog::updateRedirectUri()
{
    m_redirectUri->setText(pkce::redirectUri(quint16(m_port->value())));
}

void SignInDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString SignInDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

QByteArray SignInDialog::typedCredential() const
{
    if (m_ccRadio->isChecked())
        return m_secret->text().trimmed().toUtf8();
    if (m_tokenRadio->isChecked())
        return m_tokenField->text().trimmed().toUtf8();
    return {};
}

void SignInDialog::showError(const QString &text, QWidget *focus)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, QColor(u"#c62828"_s));
    m_status->setPalette(pal);
    m_status->setVisible(true);
    if (focus)
        focus->setFocus();
}

void SignInDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setPalette(palette());
    m_status->setVisible(true);
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_profileCombo, m_name, m_org, m_region, m_customBox, m_pkceRadio, m_ccRadio, m_tokenRadio,
             m_clientId, m_port, m_secret, m_tokenField, m_label, m_color, m_rateLimit})
        w->setEnabled(!busy);
    m_signInButton->setEnabled(!busy);
    m_removeProfile->setEnabled(!busy && !m_originalName.isEmpty());
    m_copyLink->setVisible(false);
}

void SignInDialog::clearSecrets()
{
    wipe(m_secret);
    wipe(m_tokenField);
}

void SignInDialog::accept()
{
    if (isSigningIn())
        return;
    const Profile p = profile();
    const QByteArray credential = typedCredential();

    QStringList problems = p.problems();
    const bool saved = !m_originalName.isEmpty();
    if (problems.isEmpty() && credential.isEmpty() && !saved) {
        if (p.method == SignInMethod::ClientCredentials)
            problems << tr("Enter the client secret.");
        else if (p.method == SignInMethod::Token)
            problems << tr("Paste an access token.");
    }
    if (problems.isEmpty() && !p.regionId.isEmpty())
        QSettings().setValue(LastRegionKey, p.regionId); // the next new profile starts there
    if (!problems.isEmpty()) {
        QWidget *focus = nullptr;
        Profile nameOnly;
        nameOnly.name = p.name;
        nameOnly.method = SignInMethod::Token;
        nameOnly.regionId = allRegions().constFirst().id;
        if (!nameOnly.problems().isEmpty())
            focus = m_name;
        else if (p.method != SignInMethod::Token && p.clientId.isEmpty())
            focus = m_clientId;
        else if (p.isCustom())
            focus = m_apiUrl;
        else if (p.method == SignInMethod::ClientCredentials)
            focus = m_secret;
        else if (p.method == SignInMethod::Token)
            focus = m_tokenField;
        showError(problems.join(u'\n'), focus);
        return;
    }

    // Save first: the profile is kept even when sign-in fails, so nothing typed is lost.
    const QStringList saveProblems = m_controller->saveProfile(p, m_originalName);
    if (!saveProblems.isEmpty()) {
        showError(saveProblems.join(u'\n'), m_name);
        return;
    }
    m_originalName = p.name;
    reloadProfileList(p.name);

    setBusy(true);
    showStatus(p.method == SignInMethod::Pkce ? tr("Opening your browser…") : tr("Signing in…"));
    const auto done = [this](const Result<TokenInfo> &r) {
        setBusy(false);
        if (!r) {
            if (r.error().isCancelled()) {
                showStatus(tr("Sign-in cancelled."));
                return;
            }
            QWidget *focus = m_ccRadio->isChecked()      ? static_cast<QWidget *>(m_secret)
                             : m_tokenRadio->isChecked() ? static_cast<QWidget *>(m_tokenField)
                                                         : nullptr;
            showError(r.error().userMessage(), focus);
            return;
        }
        clearSecrets();
        m_status->setVisible(false);
        Q_EMIT signedIn(r.value());
        QDialog::accept();
    };
    // An empty credential for a saved profile means "what the keychain holds".
    if (credential.isEmpty() && p.method != SignInMethod::Pkce)
        m_operation = m_controller->restore(p, this, done);
    else
        m_operation = m_controller->signIn(p, credential, this, done);
}

void SignInDialog::reject()
{
    if (isSigningIn()) {
        m_operation->cancel(); // the handler says "Sign-in cancelled." and re-enables the form
        return;
    }
    clearSecrets();
    QDialog::reject();
}
