// Conformance case 'error-iam-lazy-role-statement-principal': error: a statement with a principal added to a LazyRole (addToPrincipalPolicy) waits for the role, then is its DefaultPolicy's validation error.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const role = new iam.LazyRole(stack, 'Lazy', { assumedBy: new iam.ServicePrincipal('test.service') });
role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
new cdk.CfnOutput(stack, 'Arn', { value: role.roleArn });
app.synth();
