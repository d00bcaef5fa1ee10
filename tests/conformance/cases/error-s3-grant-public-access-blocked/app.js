// Conformance case 'error-s3-grant-public-access-blocked': grantPublicAccess on a bucket whose blockPublicAccess blocks public policies (BLOCK_ALL)
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const b = new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
b.grantPublicAccess();
app.synth();
