//! Retry decisions, apart from the loop that waits and asks again: given one attempt's
//! outcome, [`decide`] says whether to take the answer, ask again after a wait, or give
//! up with a failure. The site orchestrator paces, waits and counts.

use std::time::Duration;

use super::failure::Failure;
use super::page;
use crate::fetch::{parse_retry_after, Exchange, FetchError};
use crate::store::FailureKind;

/// How persistent one URL's requests are.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RetrySettings {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// The first backoff; each retry doubles it.
    pub base: Duration,
    /// A Retry-After longer than this is a refusal, not a wait.
    pub max_wait: Duration,
    /// Off for robots.txt: its 5xx is an answer (the host is off limits), not a glitch.
    pub retry_5xx: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Decision {
    /// The answer is final: hand it to the caller.
    Accept,
    /// Ask again, not before `after` from now.
    Retry { after: Duration },
    /// Give up.
    Fail(Failure),
}

/// What to do after attempt number `attempt` (0 for the first) ended in `outcome`.
pub(crate) fn decide(
    attempt: u32,
    outcome: &Result<Exchange, FetchError>,
    s: &RetrySettings,
) -> Decision {
    let backoff = s.base * 2u32.saturating_pow(attempt);
    let last = attempt >= s.max_retries;
    let x = match outcome {
        Ok(x) => x,
        Err(e) => {
            // Timeouts are retried once: a page that never completes would cost every retry in full.
            let retryable = matches!(e.kind, FailureKind::Connect | FailureKind::Network)
                || (e.kind == FailureKind::Timeout && attempt == 0);
            return if !retryable || last {
                Decision::Fail(e.clone().into())
            } else {
                Decision::Retry { after: backoff }
            };
        }
    };
    if x.status >= 500 && !s.retry_5xx {
        return Decision::Accept;
    }
    // Before the 5xx retries: a 521 challenge answers the same however often asked.
    if page::is_waf_challenge(x) {
        return Decision::Fail(Failure::new(
            FailureKind::Waf,
            format!(
                "HTTP {} anti-bot challenge page (not archived as content)",
                x.status
            ),
            Some(x.status),
        ));
    }
    if x.status == 429 || x.status == 503 {
        let refuse = |detail| {
            let kind = if x.status == 429 {
                FailureKind::RateLimited
            } else {
                FailureKind::Http
            };
            Decision::Fail(Failure::new(kind, detail, Some(x.status)))
        };
        let ra = x.header("retry-after").and_then(|v| parse_retry_after(&v));
        if let Some(ra) = ra.filter(|ra| *ra > s.max_wait) {
            return refuse(format!(
                "Retry-After {}s is beyond max_retry_after_secs",
                ra.as_secs()
            ));
        }
        if last {
            return refuse(format!(
                "still HTTP {} after {} attempts",
                x.status,
                attempt + 1
            ));
        }
        return Decision::Retry {
            after: ra
                .unwrap_or(backoff)
                .max(backoff.min(Duration::from_millis(50))),
        };
    }
    if x.status >= 500 && !last {
        return Decision::Retry { after: backoff };
    }
    Decision::Accept
}

/// A 429 halves the host's rate for the rest of the run, whatever is decided for the URL.
pub(crate) fn slows_host(outcome: &Result<Exchange, FetchError>) -> bool {
    matches!(outcome, Ok(x) if x.status == 429)
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: RetrySettings = RetrySettings {
        max_retries: 3,
        base: Duration::from_millis(1000),
        max_wait: Duration::from_secs(60),
        retry_5xx: true,
    };

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Result<Exchange, FetchError> {
        Ok(Exchange::for_test(status, headers, body.as_bytes()))
    }

    fn error(kind: FailureKind) -> Result<Exchange, FetchError> {
        Err(FetchError {
            kind,
            detail: "boom".into(),
        })
    }

    fn failure_kind(d: Decision) -> FailureKind {
        match d {
            Decision::Fail(f) => f.kind,
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn ordinary_answers_are_accepted() {
        for status in [200, 301, 304, 404, 410] {
            assert_eq!(decide(0, &answer(status, &[], ""), &S), Decision::Accept);
        }
    }

    #[test]
    fn rate_limits_wait_for_retry_after_or_back_off() {
        let with = answer(429, &[("retry-after", "7")], "");
        assert_eq!(
            decide(0, &with, &S),
            Decision::Retry {
                after: Duration::from_secs(7)
            }
        );
        assert!(slows_host(&with));
        let without = answer(429, &[], "");
        assert_eq!(
            decide(1, &without, &S),
            Decision::Retry {
                after: Duration::from_secs(2)
            }
        );
        // A Retry-After of 0 still waits a little.
        assert_eq!(
            decide(0, &answer(429, &[("retry-after", "0")], ""), &S),
            Decision::Retry {
                after: Duration::from_millis(50)
            }
        );
        let d = decide(3, &without, &S);
        assert_eq!(
            d,
            Decision::Fail(Failure::new(
                FailureKind::RateLimited,
                "still HTTP 429 after 4 attempts".into(),
                Some(429)
            ))
        );
    }

    #[test]
    fn a_retry_after_beyond_the_maximum_is_a_refusal() {
        let d = decide(0, &answer(429, &[("retry-after", "3600")], ""), &S);
        match d {
            Decision::Fail(f) => {
                assert_eq!(f.kind, FailureKind::RateLimited);
                assert!(f.detail.contains("Retry-After 3600s"), "{}", f.detail);
            }
            other => panic!("{other:?}"),
        }
        let d = decide(0, &answer(503, &[("retry-after", "3600")], ""), &S);
        assert_eq!(failure_kind(d), FailureKind::Http);
    }

    #[test]
    fn unavailable_is_retried_then_an_http_failure() {
        let x = answer(503, &[("retry-after", "2")], "");
        assert!(!slows_host(&x));
        assert_eq!(
            decide(0, &x, &S),
            Decision::Retry {
                after: Duration::from_secs(2)
            }
        );
        assert_eq!(failure_kind(decide(3, &x, &S)), FailureKind::Http);
    }

    #[test]
    fn server_errors_are_retried_unless_told_otherwise() {
        let x = answer(500, &[], "oops");
        assert_eq!(
            decide(2, &x, &S),
            Decision::Retry {
                after: Duration::from_secs(4)
            }
        );
        // The last attempt's 5xx is the answer (archived, recorded as `http`).
        assert_eq!(decide(3, &x, &S), Decision::Accept);
        let robots = RetrySettings {
            retry_5xx: false,
            ..S
        };
        assert_eq!(decide(0, &x, &robots), Decision::Accept);
        assert_eq!(decide(0, &answer(503, &[], ""), &robots), Decision::Accept);
    }

    #[test]
    fn waf_challenges_fail_before_the_5xx_retries() {
        let challenge = answer(
            521,
            &[],
            "<html><script>document.cookie='x'</script></html>",
        );
        assert_eq!(failure_kind(decide(0, &challenge, &S)), FailureKind::Waf);
        let plain_521 = answer(521, &[], "origin down");
        assert!(matches!(decide(0, &plain_521, &S), Decision::Retry { .. }));
    }

    #[test]
    fn network_errors_are_retried_timeouts_once_protocol_never() {
        for kind in [FailureKind::Connect, FailureKind::Network] {
            assert!(matches!(
                decide(0, &error(kind), &S),
                Decision::Retry { .. }
            ));
            assert!(matches!(
                decide(2, &error(kind), &S),
                Decision::Retry { .. }
            ));
            assert_eq!(failure_kind(decide(3, &error(kind), &S)), kind);
        }
        let t = error(FailureKind::Timeout);
        assert_eq!(
            decide(0, &t, &S),
            Decision::Retry {
                after: Duration::from_secs(1)
            }
        );
        assert_eq!(failure_kind(decide(1, &t, &S)), FailureKind::Timeout);
        for kind in [
            FailureKind::Protocol,
            FailureKind::Tls,
            FailureKind::Dns,
            FailureKind::Egress,
        ] {
            assert_eq!(failure_kind(decide(0, &error(kind), &S)), kind);
        }
    }
}
