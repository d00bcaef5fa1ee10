// Conformance case 'error-s3-minimum-tls-without-enforce-ssl': minimumTLSVersion on a bucket without enforceSSL.
// Upstream: aws-s3/test/bucket.test.ts 'throws error if enforceSsl is false and minimumTLSVersion is specified'.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'MyBucket', { minimumTLSVersion: 1.2 });
app.synth();
