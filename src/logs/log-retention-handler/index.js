'use strict';
// ccdk's handler of the Custom::LogRetention resource (the singleton function
// LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a). It does what aws-cdk-lib's handler does, in code of
// this project: on Create and Update it creates the log group if it does not exist and puts its
// retention policy (deletes it when no RetentionInDays is given: infinite retention); on Create it
// also gives this function's own log group a retention of one day; on Delete it deletes the log
// group when RemovalPolicy is "destroy". Every CloudWatch Logs call that is throttled ("Rate
// exceeded", ThrottlingException), and every call that meets another one on the same log group
// (OperationAbortedException), is retried with exponential backoff, up to SdkRetry.maxRetries times
// (default 10, as aws-cdk-lib's), so that a stack with many functions deploys. The result goes to
// the CloudFormation response URL. Unlike aws-cdk-lib's, a failure to set the retention of this
// function's own log group is logged and does not fail the resource it serves.
// Properties (strings, as CloudFormation passes them): LogGroupName, LogGroupRegion, RetentionInDays,
// SdkRetry {maxRetries}, RemovalPolicy.

const DEFAULT_MAX_RETRIES = 10;
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 60000; // ten retries wait at most ~6.5 minutes: well within the 15-minute timeout

// What the tests replace: the AWS SDK v3 module, the wait between retries, the HTTP(S) modules.
const deps = {
  sdk: null,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  http: null,
};

function sdk() {
  if (!deps.sdk) deps.sdk = require('@aws-sdk/client-cloudwatch-logs'); // in the Node.js Lambda runtime
  return deps.sdk;
}

// a call worth trying again: throttled, or aborted by a concurrent operation on the same group
function isRetryable(err) {
  if (!err) return false;
  const name = err.name || err.code || '';
  const msg = String(err.message || '');
  return name === 'ThrottlingException' || name === 'TooManyRequestsException' || name === 'OperationAbortedException' ||
    /rate exceeded/i.test(msg) || (err.$metadata && err.$metadata.httpStatusCode === 429);
}

// A CloudWatch Logs client of one region whose send() retries throttled calls.
function logsApi(region, maxRetries) {
  const mod = sdk();
  // the SDK's own retries are off: this function counts them, with its own backoff
  const client = new mod.CloudWatchLogsClient({ region, maxAttempts: 1 });
  async function call(commandName, input) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await client.send(new mod[commandName](input));
      } catch (err) {
        if (!isRetryable(err) || attempt >= maxRetries) throw err;
        // exponential backoff with jitter: base * 2^attempt, capped, at least half of it
        const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * Math.pow(2, attempt));
        const wait = Math.round(ceiling / 2 + (ceiling / 2) * deps.random());
        console.log(`${commandName} failed (${err.name || err.message}), retry ${attempt + 1} of ${maxRetries} in ${wait} ms`);
        await deps.sleep(wait);
      }
    }
  }
  return {
    async createLogGroup(name) {
      try {
        await call('CreateLogGroupCommand', { logGroupName: name });
      } catch (err) {
        if (err.name !== 'ResourceAlreadyExistsException') throw err;
      }
    },
    async setRetention(name, days) {
      if (days === undefined) await call('DeleteRetentionPolicyCommand', { logGroupName: name });
      else await call('PutRetentionPolicyCommand', { logGroupName: name, retentionInDays: days });
    },
    async deleteLogGroup(name) {
      try {
        await call('DeleteLogGroupCommand', { logGroupName: name });
      } catch (err) {
        if (err.name !== 'ResourceNotFoundException') throw err;
      }
    },
  };
}

function toInt(v, what) {
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new Error(`${what} must be an integer, got ${JSON.stringify(v)}`);
  return n;
}

async function apply(event, context) {
  const p = event.ResourceProperties || {};
  const name = p.LogGroupName;
  if (!name) throw new Error('LogGroupName is required');
  const region = p.LogGroupRegion || process.env.AWS_REGION;
  const maxRetries = toInt(p.SdkRetry && p.SdkRetry.maxRetries, 'SdkRetry.maxRetries') ?? DEFAULT_MAX_RETRIES;
  const api = logsApi(region, maxRetries);

  if (event.RequestType === 'Create' || event.RequestType === 'Update') {
    await api.createLogGroup(name);
    await api.setRetention(name, toInt(p.RetentionInDays, 'RetentionInDays'));
    if (event.RequestType === 'Create' && context && context.functionName) {
      // this function's own log group: created now, kept one day (it is in the function's region)
      const own = `/aws/lambda/${context.functionName}`;
      const ownApi = logsApi(process.env.AWS_REGION, maxRetries);
      try {
        await ownApi.createLogGroup(own);
        await ownApi.setRetention(own, 1);
      } catch (err) {
        // not the resource's business: the log group it manages is done
        console.log(`could not set the retention of ${own}: ${err.message}`);
      }
    }
  } else if (event.RequestType === 'Delete') {
    if (p.RemovalPolicy === 'destroy') await api.deleteLogGroup(name);
  } else {
    throw new Error(`Unknown RequestType ${event.RequestType}`);
  }
  return name;
}

function respond(event, context, status, reason, physicalId, data) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data,
  });
  const target = new URL(event.ResponseURL);
  const mod = deps.http || require(target.protocol === 'http:' ? 'http' : 'https');
  return new Promise((resolve, reject) => {
    const req = mod.request(target, {
      method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
}

exports.handler = async function handler(event, context) {
  console.log(JSON.stringify({ ...event, ResponseURL: '...' }));
  // the physical id is the log group's name; a failed Create that has none yet reports the request's
  const fallbackId = event.PhysicalResourceId || (event.ResourceProperties || {}).LogGroupName || event.RequestId;
  try {
    const name = await apply(event, context);
    await respond(event, context, 'SUCCESS', 'OK', name, { LogGroupName: name });
  } catch (err) {
    console.log(err);
    await respond(event, context, 'FAILED', String(err.message || err), fallbackId, undefined);
  }
};

exports.__deps = deps;
