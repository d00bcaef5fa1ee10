// Conformance case 'error-s3-lifecycle-delete-marker-with-tags': expiredObjectDeleteMarker with tag filters (an empty map counts: parseTagFilters gives [])
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { lifecycleRules: [{ expiredObjectDeleteMarker: true, tagFilters: {} }] });
app.synth();
