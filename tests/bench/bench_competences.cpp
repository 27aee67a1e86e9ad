// Competence search over the full ESCO import (DESIGN.md §5: p95 <= 10 ms): 2,942
// occupations, 13,472 skills and knowledge, 619 ISCO groups, 17 skill groups (en-us, the
// tests' copy of the real files). Queries as people type them, drawn from the real labels:
// whole labels, word prefixes, one typo, three letters. One JSON line per figure.
#include "benchreport.h"
#include "models/competences/competenceindex.h"
#include "models/competences/conceptstore.h"
#include "models/competences/escoimport.h"
#include "models/competences/textfold.h"
#include "models/db/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <random>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Competences;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"esco.sqlite"_s);
    QString error;
    if (!Db::open(path, &error))
        qFatal("%s", qPrintable(error));
    EscoImportReport report;
    QElapsedTimer timer;
    timer.start();
    if (!importEsco(path, QStringLiteral(SPORTELLO_ESCO_DIR), QString(), &report, &error))
        qFatal("%s", qPrintable(error));
    Bench::report(u"esco_import"_s, report.occupations + report.skills, {msSince(timer)},
                  {{u"links"_s, report.links}});
    timer.start();
    const auto index = CompetenceIndex::load(path);
    Bench::report(u"competence_index_load"_s, index->size(), {msSince(timer)});

    // The queries: labels of concepts picked at random (fixed seed), typed four ways.
    QStringList labels;
    ConceptStore(path).forEach([&labels](Concept &&c) {
        if (c.type == ConceptType::Occupation || c.type == ConceptType::Skill
            || c.type == ConceptType::Knowledge)
            labels << c.label;
    });
    std::mt19937 rng(42);
    const auto pick = [&] {
        return labels.at(int(rng() % quint32(labels.size())));
    };
    QList<std::pair<QString, QString>> queries; // kind, text
    for (int i = 0; i < 150; ++i) {
        const QStringList words = TextFold::words(pick());
        queries << std::pair {u"whole_label"_s, words.join(u' ')};
        QStringList prefixes;
        for (const QString &w : words.mid(0, 2))
            prefixes << w.left(std::max<qsizetype>(3, w.size() / 2));
        queries << std::pair {u"word_prefixes"_s, prefixes.join(u' ')};
        QString typo = words.value(0);
        if (typo.size() >= 5)
            std::swap(typo[2], typo[3]);
        queries << std::pair {u"one_typo"_s, typo};
        queries << std::pair {u"three_letters"_s, words.value(0).left(3)};
    }
    QHash<QString, QList<double>> byKind;
    QList<double> all;
    qsizetype found = 0;
    for (int round = 0; round < 3; ++round) {
        for (const auto &[kind, text] : std::as_const(queries)) {
            timer.start();
            found += index->search(text, 20).size();
            const double ms = msSince(timer);
            byKind[kind] << ms;
            all << ms;
        }
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        Bench::report(u"competence_search_"_s + it.key(), index->size(), it.value());
    Bench::report(u"competence_search"_s, index->size(), all,
                  {{u"budget_p95_ms"_s, 10}, {u"queries"_s, all.size()}, {u"results"_s, found}});
    Db::closeConnection(path);
    return 0;
}
