// Conformance case 'error-s3-lifecycle-rule-empty': a lifecycle rule with none of the actions (only a prefix and size filters): aws-cdk-lib's resolution error
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { lifecycleRules: [{ prefix: 'a/', objectSizeGreaterThan: 10 }] });
app.synth();
