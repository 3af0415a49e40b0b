#include "models/connectionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace backroom;

class TestConnectionsModel : public QObject {
    Q_OBJECT
    static ConnectionHealth conn(const QString &name, const QString &state, double rate = 0, bool throttled = false)
    {
        ConnectionHealth c;
        c.name = name;
        c.state = state;
        c.errorRate = rate;
        c.throttled = throttled;
        c.lastSuccessMs = 1700000000000;
        return c;
    }

private Q_SLOTS:
    void showsAndUpdatesInPlace()
    {
        ConnectionsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setConnections({conn(QStringLiteral("erp:erpnext"), QStringLiteral("up")),
                          conn(QStringLiteral("woocommerce:main"), QStringLiteral("up"))});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), int(ConnectionsModel::ColumnCount));
        QCOMPARE(m.data(m.index(0, ConnectionsModel::Name)).toString(), QStringLiteral("erp:erpnext"));
        QCOMPARE(m.data(m.index(0, ConnectionsModel::State), ConnectionsModel::StateRole).toString(), QStringLiteral("up"));

        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setConnections({conn(QStringLiteral("erp:erpnext"), QStringLiteral("up")),
                          conn(QStringLiteral("woocommerce:main"), QStringLiteral("degraded"), 0.25, true)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(m.data(m.index(1, ConnectionsModel::State), ConnectionsModel::StateRole).toString(), QStringLiteral("degraded"));
        QVERIFY(m.data(m.index(1, ConnectionsModel::State)).toString().contains(QStringLiteral("throttled")));
        QVERIFY(m.data(m.index(1, ConnectionsModel::ErrorRate)).toString().contains(QStringLiteral("25")));
        QCOMPARE(m.data(m.index(1, 0), ConnectionsModel::ThrottledRole).toBool(), true);

        // same values: nothing at all
        m.setConnections(m.connections());
        QCOMPARE(changed.size(), 1);

        // names changed: a reset
        m.setConnections({conn(QStringLiteral("erp:erpnext"), QStringLiteral("down"))});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionsModel)
#include "tst_connectionsmodel.moc"
