#pragma once

#include <QString>

#include <functional>

namespace Sportello {

// Builds a demo database: citizens with valid fiscal codes and plausible Italian names,
// households, ISEE declarations, in Vibo Valentia (102047) and Firenze (048017), plus four
// demo staff accounts. The same seed gives the same data. The database is written beside
// the target and renamed into place when complete, so a failure leaves nothing behind;
// it is marked as demo (app_meta.demo = 1) and its rows are not queued for sync.
class DemoGenerator final
{
public:
    struct Options
    {
        int citizens = 1000;
        quint64 seed = 1;
        bool replace = false; // overwrite an existing file
        // More demo data written into the new database before it is moved into place
        // (the nursery round); false with *error fails the whole demo.
        std::function<bool(const QString &path, QString *error)> extras;
    };

    // Demo staff accounts all use this password; the sign-in dialog shows it on demo data.
    static QString demoPassword();
    static QStringList demoUsernames();

    // progress(citizensWritten) is called now and then from the calling thread.
    static bool create(const QString &path, const Options &options, QString *error,
                       const std::function<void(int)> &progress = {});
};

} // namespace Sportello
