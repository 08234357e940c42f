"""RFM scores with pandas: the reference `npm run bench` times `crm classify` against.

Reads the same customers and orders CSV files the CLI reads, cleans the order cells the way an
analyst would for this data (amounts written as 1234.5, ¥1,234.50 or 1234.5 元; dates as
2024-03-05, 2024/3/5, 2024年3月5日 or spreadsheet serial numbers), and scores each buyer 1–5 on
recency, frequency and monetary value by the toolkit's definition: negative amounts are refunds
(they lower the spend and are not purchases), orders after today are left out, and a score is
ceil(5 × rank / n) over the buyers with ties sharing the lowest rank (pandas' method="min").

    python3 bench/rfm_pandas.py customers.csv orders.csv TODAY out.csv
"""

import sys

import numpy as np
import pandas as pd


def parse_amounts(text: pd.Series) -> pd.Series:
    cleaned = text.str.replace(r"[¥,\s元]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def parse_dates(text: pd.Series) -> pd.Series:
    dates = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    for fmt in ("%Y/%m/%d", "%Y年%m月%d日"):
        missing = dates.isna()
        if not missing.any():
            break
        dates[missing] = pd.to_datetime(text[missing], format=fmt, errors="coerce")
    missing = dates.isna()
    serial = pd.to_numeric(text[missing], errors="coerce")
    dates[missing] = pd.Timestamp("1899-12-30") + pd.to_timedelta(np.floor(serial), unit="D")
    return dates


def quintile(values: pd.Series, higher_is_better: bool) -> pd.Series:
    ranks = (values if higher_is_better else -values).rank(method="min")
    return np.ceil(5 * ranks / values.notna().sum()).astype("Int64")


def main(customers_path: str, orders_path: str, today: str, out_path: str) -> None:
    customers = pd.read_csv(customers_path, dtype=str, usecols=[0], keep_default_na=False)
    customers.columns = ["id"]
    orders = pd.read_csv(orders_path, dtype=str, usecols=[0, 2, 3], keep_default_na=False)
    orders.columns = ["id", "date", "amount"]
    orders["id"] = orders["id"].str.strip()
    orders["amount"] = parse_amounts(orders["amount"])
    orders["date"] = parse_dates(orders["date"])
    orders = orders.dropna()
    orders = orders[(orders["id"] != "") & (orders["date"] <= pd.Timestamp(today))]

    purchases = orders[orders["amount"] >= 0]
    per_customer = pd.DataFrame(
        {
            "last": purchases.groupby("id")["date"].max(),
            "frequency": purchases.groupby("id").size(),
            "monetary": orders.groupby("id")["amount"].sum().round(2),
        }
    )
    table = customers.drop_duplicates("id").join(per_customer, on="id")
    buyers = table["frequency"] > 0
    recency = (pd.Timestamp(today) - table["last"]).dt.days.where(buyers)
    table["r"] = quintile(recency, higher_is_better=False)
    table["f"] = quintile(table["frequency"].where(buyers), higher_is_better=True)
    table["m"] = quintile(table["monetary"].where(buyers), higher_is_better=True)
    table[["id", "r", "f", "m"]].to_csv(out_path, index=False)


if __name__ == "__main__":
    main(*sys.argv[1:5])
