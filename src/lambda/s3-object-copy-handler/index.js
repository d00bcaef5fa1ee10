'use strict';
// ccdk's handler of the Custom::S3ObjectCopy resource (written for ccdk; the contract of the resource
// that WebFunctionCode.fromAssetToManagedBucket / fromAssetToProvidedBucket make, not aws-cdk-lib's
// code). It copies one object, server side, from the asset bucket into a versioned destination
// bucket and reports where it wrote it:
// - Create / Update: the destination key is DestinationKeyPrefix + the SHA-256 of ContentHash and
//   Configuration + ".zip". When an Update gives the key the resource already has, nothing is
//   copied and the same physical id is returned; otherwise the object is copied, and the new
//   physical id (another key, so CloudFormation replaces the resource and deletes the old one in
//   its cleanup phase) names the version written.
// - Delete: the one version this resource wrote (named by its physical id) is deleted; a physical
//   id that is not one of ours (a Create that failed early) deletes nothing.
// Data: Bucket, Key, VersionId. The destination bucket must be versioned: a copy that reports no
// version fails with a message saying so.

const crypto = require('crypto');

// what the tests replace: the AWS SDK v3 S3 module and the HTTP(S) modules
const deps = {
  sdk: null,
  http: null,
};

function s3Module() {
  if (!deps.sdk) deps.sdk = require('@aws-sdk/client-s3'); // in the Node.js Lambda runtime
  return deps.sdk;
}

const ID_SCHEME = 'ccdk-s3-object-copy:';

// the physical id of a written object version, and back
function physicalIdOf(bucket, key, versionId) {
  return ID_SCHEME + JSON.stringify([bucket, key, versionId]);
}
function parsePhysicalId(id) {
  if (typeof id !== 'string' || !id.startsWith(ID_SCHEME)) return undefined;
  try {
    const [bucket, key, versionId] = JSON.parse(id.slice(ID_SCHEME.length));
    if (typeof bucket === 'string' && typeof key === 'string' && typeof versionId === 'string') return { bucket, key, versionId };
  } catch (e) {
    // not ours
  }
  return undefined;
}

function required(props, name) {
  const v = props[name];
  if (typeof v !== 'string' || v === '') throw new Error(`the property ${name} is required`);
  return v;
}

// the destination key: the prefix and a digest of what the object is for
function destinationKey(props) {
  const digest = crypto.createHash('sha256')
    .update(JSON.stringify({ content: required(props, 'ContentHash'), configuration: props.Configuration ?? null }))
    .digest('hex');
  return `${props.DestinationKeyPrefix ?? ''}${digest}.zip`;
}

// copySource: "<bucket>/<key>" with the key URL-encoded segment by segment
function copySource(bucket, key) {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

async function apply(event, client) {
  const mod = s3Module();
  const props = event.ResourceProperties || {};
  if (event.RequestType === 'Delete') {
    const written = parsePhysicalId(event.PhysicalResourceId);
    if (written) {
      try {
        await client.send(new mod.DeleteObjectCommand({ Bucket: written.bucket, Key: written.key, VersionId: written.versionId }));
      } catch (err) {
        if (err.name !== 'NoSuchBucket' && err.name !== 'NoSuchKey') throw err;
      }
    }
    return { id: event.PhysicalResourceId || event.RequestId };
  }
  if (event.RequestType !== 'Create' && event.RequestType !== 'Update') throw new Error(`Unknown RequestType ${event.RequestType}`);
  const bucket = required(props, 'DestinationBucketName');
  const key = destinationKey(props);
  if (event.RequestType === 'Update') {
    const had = parsePhysicalId(event.PhysicalResourceId);
    if (had && had.bucket === bucket && had.key === key) {
      return { id: event.PhysicalResourceId, data: { Bucket: had.bucket, Key: had.key, VersionId: had.versionId } };
    }
  }
  const out = await client.send(new mod.CopyObjectCommand({
    Bucket: bucket,
    Key: key,
    CopySource: copySource(required(props, 'SourceBucketName'), required(props, 'SourceObjectKey')),
  }));
  const versionId = out && out.VersionId;
  if (!versionId || versionId === 'null') {
    throw new Error(`The bucket ${bucket} reported no version for ${key}: S3 versioning must be enabled on it`);
  }
  return { id: physicalIdOf(bucket, key, versionId), data: { Bucket: bucket, Key: key, VersionId: versionId } };
}

function respond(event, status, reason, physicalId, data) {
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

exports.handler = async function handler(event) {
  console.log(JSON.stringify({ ...event, ResponseURL: '...' }));
  try {
    const client = new (s3Module().S3Client)({});
    const result = await apply(event, client);
    await respond(event, 'SUCCESS', 'OK', result.id, result.data);
  } catch (err) {
    console.log(err);
    await respond(event, 'FAILED', String(err.message || err), event.PhysicalResourceId || event.RequestId, undefined);
  }
};

exports.__deps = deps;
exports.__destinationKey = destinationKey;
