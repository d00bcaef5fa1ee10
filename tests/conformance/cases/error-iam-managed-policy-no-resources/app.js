// error: aws-iam managed-policy.test.ts 'fails if policy document does not specify resources'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack', { env: { account: '1234', region: 'us-east-1' } });
new iam.ManagedPolicy(stack, 'MyManagedPolicy', { statements: [new iam.PolicyStatement({ actions: ['*'] })] });
app.synth();
