// Conformance case 'ported-loggroup-iam-user-account': aws-logs' loggroup.test.ts 'when added to log
// groups, IAM users are converted into account IDs in the resource policy' as written, in its
// `new Stack()` ('Default': PolicyName LogGroupPolicy643B329C)
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts 'when added to log groups, IAM users are
// converted into account IDs in the resource policy'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
// GIVEN
const stack = new cdk.Stack(app);
const lg = new logs.LogGroup(stack, 'LogGroup');
// WHEN
lg.addToResourcePolicy(new iam.PolicyStatement({
  resources: ['*'],
  actions: ['logs:PutLogEvents'],
  principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:user/user-name')],
}));

app.synth();
