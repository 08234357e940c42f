"""BG/NBD and Gamma-Gamma with pandas and SciPy: the reference `npm run bench` times `crm clv` against.

Does end to end what `crm clv --orders CDNOW_master.txt` does: reads the CDNOW transactions,
summarises each customer's calibration-period history as lifetimes'
`summary_data_from_transaction_data` does (purchases of one day are one occasion; weeks; T up to
the calibration end), fits BG/NBD (Fader, Hardie & Lee 2005, eq. 6) and Gamma-Gamma (Fader,
Hardie & Lee 2005, "RFM and CLV", eq. 1) by maximum likelihood with scipy.optimize.minimize on
log-parameters (Nelder-Mead, as lifetimes does), and computes P(alive), the expected purchases
over 52 weeks and their value for every customer.

    python3 bench/clv_scipy.py CDNOW_master.txt [CALIBRATION_END]
"""

import sys

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1


def summarise(path: str, calibration_end: str) -> pd.DataFrame:
    table = pd.read_csv(path, sep=r"\s+", dtype={"customer_id": str, "date": str})
    table["date"] = pd.to_datetime(table["date"], format="%Y%m%d")
    end = pd.Timestamp(calibration_end)
    table = table[table["date"] <= end]
    days = table.groupby(["customer_id", "date"], sort=False)["dollar_value"].sum().reset_index()
    first = days.groupby("customer_id")["date"].transform("min")
    days["repeat"] = days["date"] != first
    per = days.groupby("customer_id").agg(
        first=("date", "min"), last=("date", "max"), occasions=("date", "size")
    )
    repeat_spend = days[days["repeat"]].groupby("customer_id")["dollar_value"].sum()
    per["frequency"] = per["occasions"] - 1
    per["recency"] = (per["last"] - per["first"]).dt.days / 7.0
    per["T"] = (end - per["first"]).dt.days / 7.0
    spend = repeat_spend.reindex(per.index).fillna(0.0)
    per["monetary"] = (spend / per["frequency"].where(per["frequency"] > 0)).fillna(0.0)
    return per


def bgnbd_negative_ll(log_params, x, t_x, T):
    r, alpha, a, b = np.exp(log_params)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(b + np.maximum(x, 1) - 1) - (r + x) * np.log(alpha + t_x), -np.inf)
    return -np.sum(a1 + a2 + np.logaddexp(a3, a4))


def gamma_gamma_negative_ll(log_params, x, m):
    p, q, v = np.exp(log_params)
    return -np.sum(
        gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(v)
        + (p * x - 1) * np.log(m) + p * x * np.log(x) - (p * x + q) * np.log(x * m + v)
    )


def main(path: str, calibration_end: str = "1997-09-30") -> None:
    per = summarise(path, calibration_end)
    x, t_x, T = per["frequency"].to_numpy(float), per["recency"].to_numpy(float), per["T"].to_numpy(float)
    options = {"maxiter": 10000, "xatol": 1e-8, "fatol": 1e-8}
    fit = minimize(bgnbd_negative_ll, np.zeros(4), args=(x, t_x, T), method="Nelder-Mead", options=options)
    r, alpha, a, b = np.exp(fit.x)
    repeat = per[(per["frequency"] > 0) & (per["monetary"] > 0)]
    repeat_args = (repeat["frequency"].to_numpy(float), repeat["monetary"].to_numpy(float))
    gg = minimize(gamma_gamma_negative_ll, np.zeros(3), args=repeat_args, method="Nelder-Mead", options=options)
    p, q, v = np.exp(gg.x)
    # P(alive) and the expected purchases in the next 52 weeks (Fader, Hardie & Lee 2005, eq. 10),
    # each at the expected spend of Gamma-Gamma: what `crm clv` computes for every customer.
    t = 52.0
    ratio = (a / (b + np.maximum(x, 1) - 1)) * ((alpha + T) / (alpha + t_x)) ** (r + x)
    p_alive = np.where(x > 0, 1.0 / (1.0 + ratio), 1.0)
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    expected = ((a + b + x - 1) / (a - 1)) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    expected = expected / (1 + np.where(x > 0, ratio, 0.0))
    m = per["monetary"].to_numpy(float)
    spend = (q - 1) / (p * x + q - 1) * (v * p / (q - 1)) + p * x / (p * x + q - 1) * m
    value = expected * spend
    print(
        f"customers {len(per)}; BG/NBD r={r:.4f} alpha={alpha:.3f} a={a:.4f} b={b:.3f} "
        f"(log-likelihood {-fit.fun:.2f}, {fit.nit} iterations); Gamma-Gamma p={p:.3f} q={q:.3f} "
        f"v={v:.3f}; mean P(alive) {p_alive.mean():.4f}; expected purchases {expected.sum():.0f}; "
        f"value {value.sum():.0f}"
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
