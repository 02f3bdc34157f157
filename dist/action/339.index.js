export const id = 339;
export const ids = [339];
export const modules = {

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createApi: () => (/* binding */ createApi),
/* harmony export */   httpStatus: () => (/* reexport safe */ _http_status_js__WEBPACK_IMPORTED_MODULE_6__.n)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8298);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8592);
/* harmony import */ var _rate_limit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2236);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6987);
/**
 * The REST client: Octokit from @actions/github (which honours GITHUB_API_URL and the runner's
 * proxy settings) with the retry and throttling plugins, so a 5xx or a short secondary rate limit
 * is retried with backoff instead of losing the PR comment. A rate limit that asks for a longer
 * wait than the run's bound (rate-limit.ts) is not waited for: the request fails at once.
 */






/** Retries of one request after a rate limit; the retry plugin has its own count for 5xx. */
const RATE_LIMIT_RETRIES = 2;
function createApi(token, options = {}) {
    const base = options.retryBaseMs ?? (Number(process.env.RFLINT_RETRY_BASE_MS) || 1000);
    // One allowance for the whole run: every wait the plugin asks for is taken from it.
    const budget = new _rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .WaitBudget */ .Tr(options.maxRateLimitWaitS ?? (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .maxRateLimitWait */ .tn)());
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retry = retryCount < RATE_LIMIT_RETRIES && budget.take(retryAfter);
        const why = retryCount >= RATE_LIMIT_RETRIES ? 'giving up' : `not waiting ${retryAfter} s (rflint waits at most ${budget.maxSeconds} s in a run for rate limits)`;
        (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .p)(`GitHub ${kind} on ${request.method} ${request.url}: ${retry ? `retrying after ${retryAfter} s` : why}.`);
        return retry;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        // 429 is the throttling plugin's alone: the retry plugin would retry it at once, 3 times,
        // ignoring GitHub's retry-after and the bound (its default list lacks 429).
        retry: { retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { retryAfterBaseValue: base, onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
        // Octokit's own warnings (deprecations, retries) belong in the log, not in annotations.
        log: { debug: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, warn: _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .p, error: _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .p },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}



/***/ })

};
