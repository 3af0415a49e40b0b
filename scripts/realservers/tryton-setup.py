#!/usr/bin/python3
# Seeds a freshly initialised Tryton 6.0 database for the real-server tests: company (EUR),
# fiscal year, the minimal chart of accounts, a payment term, the products whose codes are the
# SKUs the WooCommerce simulator sells (sim/woo/woocatalogue.cpp), stock in the default
# warehouse, and the API user the adapter logs in as.
#
# Usage: tryton-setup.py CONFIG_FILE DATABASE API_LOGIN   (API password: $TRYTON_API_PASSWORD)
import datetime
import os
import sys
from decimal import Decimal

from proteus import Model, Wizard, config as pconfig

conf_file, database, api_login = sys.argv[1:4]
api_password = os.environ['TRYTON_API_PASSWORD']
pconfig.set_trytond(database=database, user='admin', config_file=conf_file)


def get_currency(code):
    Currency = Model.get('currency.currency')
    found = Currency.find([('code', '=', code)])
    if found:
        return found[0]
    currency = Currency(name='Euro', symbol='€', code=code, rounding=Decimal('0.01'))
    currency.save()
    Model.get('currency.currency.rate')(
        date=datetime.date.min, rate=Decimal('1.0'), currency=currency).save()
    return currency


def create_company(party, currency):
    wizard = Wizard('company.company.config')
    wizard.execute('company')
    wizard.form.party = party
    wizard.form.currency = currency
    wizard.execute('add')
    User = Model.get('res.user')
    pconfig.get_config()._context = User.get_preferences(True, {})
    company, = Model.get('company.company').find()
    return company


def create_fiscalyear(company, year):
    Sequence = Model.get('ir.sequence')
    SequenceStrict = Model.get('ir.sequence.strict')
    SequenceType = Model.get('ir.sequence.type')
    fiscalyear = Model.get('account.fiscalyear')(name=str(year))
    fiscalyear.start_date = datetime.date(year, 1, 1)
    fiscalyear.end_date = datetime.date(year, 12, 31)
    fiscalyear.company = company
    move_type, = SequenceType.find([('name', '=', 'Account Move')], limit=1)
    seq = Sequence(name=str(year), sequence_type=move_type, company=company)
    seq.save()
    fiscalyear.post_move_sequence = seq
    invoice_type, = SequenceType.find([('name', '=', 'Invoice')], limit=1)
    invoice_seq = SequenceStrict(name=str(year), sequence_type=invoice_type, company=company)
    invoice_seq.save()
    seq_row, = fiscalyear.invoice_sequences
    for field in ('out_invoice_sequence', 'in_invoice_sequence',
                  'out_credit_note_sequence', 'in_credit_note_sequence'):
        setattr(seq_row, field, invoice_seq)
    fiscalyear.save()
    fiscalyear.click('create_period')


def create_chart(company):
    AccountTemplate = Model.get('account.account.template')
    ModelData = Model.get('ir.model.data')
    data, = ModelData.find([('module', '=', 'account'),
                            ('fs_id', '=', 'account_template_root_en')], limit=1)
    wizard = Wizard('account.create_chart')
    wizard.execute('account')
    wizard.form.account_template = AccountTemplate(data.db_id)
    wizard.form.company = company
    wizard.execute('create_account')
    accounts = get_accounts(company)
    wizard.form.account_receivable = accounts['receivable']
    wizard.form.account_payable = accounts['payable']
    wizard.execute('create_properties')
    return accounts


def get_accounts(company):
    Account = Model.get('account.account')
    accounts = {}
    for kind in ('receivable', 'payable', 'revenue', 'expense'):
        found = Account.find([('type.' + kind, '=', True), ('company', '=', company.id)], limit=1)
        if found:
            accounts[kind] = found[0]
    return accounts



# (sku, name, price, type, stock, active). GRD-BURR-SET and GIFT-25 are deliberately missing
# (the shop sells items the ERP does not know); TAMP-58 exists but is inactive (disabled).
PRODUCTS = [
    ('COF-ESP-1KG', 'Espresso Beans 1kg', '24.90', 'goods', 400, True),
    ('COF-CREME-250', 'Café Crème 250g', '8.90', 'goods', 1000, True),
    ('MUG-CER-01', 'Ceramic Mug', '12.50', 'goods', 300, True),
    ('ACC-FILT-100', 'Paper Filters (100)', '4.50', 'goods', 500, True),
    ('SRV-WORKSHOP', 'Barista Workshop', '49.00', 'service', 0, True),
    ('ACC-DESC-12', 'Descaler 12 tabs', '7.95', 'goods', 200, True),
    ('MOKA-6', 'Moka Pot 6 cups', '34.90', 'goods', 150, True),
    ('KET-GOOSE', 'Gooseneck Kettle', '59.00', 'goods', 80, True),
    ('CB-BOTTLE', 'Cold Brew Bottle', '19.90', 'goods', 120, True),
    ('COF-DECAF-500', 'Decaf Beans 500g', '13.90', 'goods', 250, True),
    ('TAMP-58', 'Tamper 58mm', '28.90', 'goods', 60, False),
    ('APR-BLK', 'Barista Apron Black', '29.00', 'goods', 50, True),
    ('APR-NVY', 'Barista Apron Navy', '29.00', 'goods', 80, True),
    ('APR-OLV', 'Barista Apron Olive', '32.00', 'goods', 20, True),
]

Party = Model.get('party.party')
Company = Model.get('company.company')
if Company.find([]):
    sys.exit(0)  # already seeded

eur = get_currency('EUR')
company_party = Party(name='Backroom Test Retail')
company_party.save()
company = create_company(company_party, eur)

today = datetime.date.today()
for year in (today.year - 1, today.year, today.year + 1):
    create_fiscalyear(company, year)
accounts = create_chart(company)

payment_term = Model.get('account.invoice.payment_term')(name='Direct')
payment_term.lines.new(type='remainder')
payment_term.save()
SaleConfig = Model.get('sale.configuration')
sale_config = SaleConfig(1)
sale_config.sale_invoice_method = 'manual'
sale_config.sale_shipment_method = 'order'
sale_config.save()

Category = Model.get('product.category')
category = Category(name='Shop items', accounting=True)
category.account_revenue = accounts['revenue']
category.account_expense = accounts['expense']
category.save()

Uom = Model.get('product.uom')
unit, = Uom.find([('name', '=', 'Unit')])
Template = Model.get('product.template')
Location = Model.get('stock.location')
warehouse, = Location.find([('type', '=', 'warehouse')], limit=1)
storage = warehouse.storage_location

Inventory = Model.get('stock.inventory')
inventory = Inventory(location=storage)
for sku, name, price, kind, stock, active in PRODUCTS:
    t = Template(name=name, type=kind, default_uom=unit, salable=True,
        list_price=Decimal(price), account_category=category, code=sku)
    t.save()
    product, = t.products
    if stock:
        inventory.lines.new(product=product, quantity=stock)
inventory.save()
inventory.click('confirm')
for sku, _, _, _, _, active in PRODUCTS:
    if not active:
        t, = Template.find([('code', '=', sku)])
        t.active = False
        for variant in t.products:
            variant.active = False
        t.save()

Group = Model.get('res.group')
User = Model.get('res.user')
groups = Group.find([('name', 'in', [
    'Sales', 'Sales Administrator', 'Stock', 'Stock Administration',
    'Party Administration', 'Product Administration'])])
user = User(name='Backroom API', login=api_login, password=api_password)
user.groups.extend(groups)
user.companies.append(Company(company.id))
user.company = Company(company.id)
user.save()
