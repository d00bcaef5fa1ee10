// ccdk's custom resource entry point (written for ccdk): runs index.handler for a CloudFormation
// custom resource event and reports the outcome to the event's pre-signed ResponseURL, as
// CloudFormation expects of a provider Lambda function.
'use strict';
const https = require('https');
const url = require('url');

// A Create that failed has no resource to delete: CloudFormation still sends a Delete for it.
const FAILED_CREATE_ID = 'ccdk:failed-create';

function send(event, body, request) {
  const json = JSON.stringify(body);
  const target = url.parse(event.ResponseURL);
  const options = {
    hostname: target.hostname,
    path: target.path,
    method: 'PUT',
    headers: { 'content-type': '', 'content-length': Buffer.byteLength(json, 'utf8') },
  };
  return new Promise((resolve, reject) => {
    const req = (request || https.request)(options, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.write(json);
    req.end();
  });
}

async function run(event, context, handler, request) {
  const base = {
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  };
  if (event.RequestType === 'Delete' && event.PhysicalResourceId === FAILED_CREATE_ID) {
    return send(event, { ...base, Status: 'SUCCESS', PhysicalResourceId: FAILED_CREATE_ID }, request);
  }
  try {
    const result = (await handler(event, context)) || {};
    const physicalId = result.PhysicalResourceId || event.PhysicalResourceId || event.RequestId;
    if (event.RequestType !== 'Create' && event.PhysicalResourceId && physicalId !== event.PhysicalResourceId) {
      // a changed physical id on Update makes CloudFormation delete the old one: allowed;
      // on Delete it would be a mistake, so keep the old one there
      if (event.RequestType === 'Delete') throw new Error('a Delete must keep the physical resource id');
    }
    return send(event, { ...base, Status: 'SUCCESS', PhysicalResourceId: physicalId, Data: result.Data }, request);
  } catch (err) {
    const physicalId = event.RequestType === 'Create' ? FAILED_CREATE_ID : event.PhysicalResourceId;
    const reason = `${err && err.message ? err.message : err} (log stream: ${context && context.logStreamName})`;
    return send(event, { ...base, Status: 'FAILED', Reason: reason, PhysicalResourceId: physicalId }, request);
  }
}

exports.handler = (event, context) => run(event, context, require('./index').handler);
exports.run = run; // for tests: run(event, context, handler, fakeRequest)
