// Conformance case 'error-s3-intelligent-tiering-hours': an intelligent tiering archiveAccessTierTime that is not whole days
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Tiered', {
  intelligentTieringConfigurations: [{ name: 'foo', archiveAccessTierTime: cdk.Duration.hours(36) }],
});
app.synth();
