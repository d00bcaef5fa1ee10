// Custom::S3AutoDeleteObjects: empties a bucket when the resource is deleted (ccdk's own handler for
// the resource aws-cdk-lib's autoDeleteObjects writes; the same inputs, the same effects).
//
// ResourceProperties: BucketName. Create does nothing; Update keeps the bucket name as the physical
// id; Delete, if the bucket still carries the tag aws-cdk:auto-delete-objects=true, first denies new
// uploads in the bucket policy (so that nothing lands while it is emptied), then deletes every object
// version and delete marker, page after page. A bucket that no longer exists is not an error.
// The handler answers CloudFormation itself (no cfn-response wrapper), with retries.
'use strict';
const https = require('https');
const { S3 } = require('@aws-sdk/client-s3');

const TAG = 'aws-cdk:auto-delete-objects';
const FAILED_CREATE = 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED';
const MISSING_ID = 'AWSCDK::CustomResourceProviderFramework::MISSING_PHYSICAL_ID';

const s3 = new S3({});
// what the tests replace
exports.io = { send: sendRequest, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), log: console.log };

exports.handler = async (event) => {
  exports.io.log(JSON.stringify({ ...event, ResponseURL: '...' }));
  if (event.RequestType === 'Delete' && event.PhysicalResourceId === FAILED_CREATE) {
    // the Delete that follows a failed Create: nothing was made
    await respond('SUCCESS', event);
    return;
  }
  try {
    const result = (await onEvent(event)) || {};
    const physicalId = result.PhysicalResourceId ?? event.PhysicalResourceId ?? event.RequestId;
    if (event.RequestType === 'Delete' && physicalId !== event.PhysicalResourceId) {
      throw new Error(`DELETE: cannot change the physical resource ID from "${event.PhysicalResourceId}" to "${physicalId}" during deletion`);
    }
    await respond('SUCCESS', { ...event, PhysicalResourceId: physicalId });
  } catch (e) {
    const failed = { ...event, Reason: e.stack || String(e) };
    if (!failed.PhysicalResourceId && event.RequestType === 'Create') failed.PhysicalResourceId = FAILED_CREATE;
    await respond('FAILED', failed);
  }
};

async function onEvent(event) {
  const props = event.ResourceProperties || {};
  switch (event.RequestType) {
    case 'Create': return undefined;
    case 'Update': return { PhysicalResourceId: props.BucketName ?? (event.OldResourceProperties || {}).BucketName };
    case 'Delete': return emptyOnDelete(props.BucketName);
    default: throw new Error(`unknown request type ${event.RequestType}`);
  }
}

async function emptyOnDelete(bucket) {
  if (!bucket) throw new Error('No BucketName was provided.');
  try {
    const tagging = await s3.getBucketTagging({ Bucket: bucket });
    const tagged = (tagging.TagSet || []).some((t) => t.Key === TAG && t.Value === 'true');
    if (!tagged) {
      exports.io.log(`Bucket ${bucket} has no '${TAG}' tag: its objects are kept.`);
      return undefined;
    }
    await denyUploads(bucket);
    await deleteAllVersions(bucket);
  } catch (e) {
    if (e.name === 'NoSuchBucket') {
      exports.io.log(`Bucket ${bucket} does not exist.`);
      return undefined;
    }
    throw e;
  }
  return undefined;
}

async function denyUploads(bucket) {
  try {
    let policy = { Version: '2012-10-17', Statement: [] };
    const current = await s3.getBucketPolicy({ Bucket: bucket });
    if (current && current.Policy) policy = JSON.parse(current.Policy);
    policy.Statement.push({ Principal: '*', Effect: 'Deny', Action: ['s3:PutObject'], Resource: [`arn:aws:s3:::${bucket}/*`] });
    await s3.putBucketPolicy({ Bucket: bucket, Policy: JSON.stringify(policy) });
  } catch (e) {
    if (e.name === 'NoSuchBucket') throw e;
    exports.io.log(`Could not deny new uploads to ${bucket} before emptying it: ${e.message}`);
  }
}

async function deleteAllVersions(bucket) {
  for (;;) {
    const page = await s3.listObjectVersions({ Bucket: bucket });
    const objects = [...(page.Versions || []), ...(page.DeleteMarkers || [])]
      .map((o) => ({ Key: o.Key, VersionId: o.VersionId }));
    if (objects.length === 0) return;
    await s3.deleteObjects({ Bucket: bucket, Delete: { Objects: objects } });
    if (!page.IsTruncated) return;
  }
}

async function respond(status, event) {
  const body = JSON.stringify({
    Status: status,
    Reason: event.Reason ?? status,
    StackId: event.StackId,
    RequestId: event.RequestId,
    PhysicalResourceId: event.PhysicalResourceId || MISSING_ID,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: event.NoEcho,
    Data: event.Data,
  });
  const url = new URL(event.ResponseURL);
  const request = {
    hostname: url.hostname,
    path: url.pathname + url.search,
    method: 'PUT',
    headers: { 'content-type': '', 'content-length': Buffer.byteLength(body, 'utf8') },
  };
  let wait = 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await exports.io.send(request, body);
      return;
    } catch (e) {
      if (attempt >= 5) throw e;
      await exports.io.sleep(wait);
      wait *= 2;
    }
  }
}

function sendRequest(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      res.resume();
      if (!res.statusCode || res.statusCode >= 400) reject(new Error(`Unsuccessful HTTP response: ${res.statusCode}`));
      else resolve();
    });
    req.on('error', reject);
    req.write(body);
    req.end();
  });
}
