/**
 * OpConApi: the OpCon Connector's public API for scripts in any scope.
 * Every method returns a plain object {ok, status, data, error} and never
 * throws for an OpCon-side failure; error is {code, message, retryable,
 * ambiguous, opconMessage?}. Only active servers registered under
 * OpCon Connector > Servers are called. Examples: README.md, "OpConApi".
 */
var OpConApi = Class.create();
OpConApi.prototype = {
    initialize: function () {
        this._api = require('x_opcon/opcon-connector/1.0.0/src/server/api/opcon-api.ts');
    },

    /** Text arguments may arrive as GlideElements or Java strings from other scripts. */
    _text: function (value) {
        return value === null || value === undefined ? value : String(value);
    },

    updateJobStatusById: function (address, jobId, action, reason, options) {
        return this._api.updateJobStatusById(this._text(address), this._text(jobId), this._text(action), this._text(reason), options);
    },

    getJobActionResult: function (address, jobActionId) {
        return this._api.getJobActionResult(this._text(address), this._text(jobActionId));
    },

    getDailyJob: function (address, jobId) {
        return this._api.getDailyJob(this._text(address), this._text(jobId));
    },

    buildSchedule: function (address, scheduleName, dates, options) {
        return this._api.buildSchedule(this._text(address), this._text(scheduleName), dates, options);
    },

    getScheduleBuildResult: function (address, buildId) {
        return this._api.getScheduleBuildResult(this._text(address), this._text(buildId));
    },

    getDailyScheduleByNameAndDate: function (address, name, date) {
        return this._api.getDailyScheduleByNameAndDate(this._text(address), this._text(name), this._text(date));
    },

    addJobToScheduleInDaily: function (address, dailyScheduleId, jobName, frequency, properties, options) {
        return this._api.addJobToScheduleInDaily(this._text(address), this._text(dailyScheduleId), this._text(jobName), this._text(frequency), properties, options);
    },

    getScheduleActionResult: function (address, actionId) {
        return this._api.getScheduleActionResult(this._text(address), this._text(actionId));
    },

    getApiVersion: function (address) {
        return this._api.getApiVersion(this._text(address));
    },

    type: 'OpConApi'
};
