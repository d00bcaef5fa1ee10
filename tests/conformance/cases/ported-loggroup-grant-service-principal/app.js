// Conformance case 'ported-loggroup-grant-service-principal': aws-logs' loggroup.test.ts 'grant to
// service principal' as written, in its `new Stack()` ('Default': the resource policy's PolicyName is
// LogGroupPolicy643B329C, its unique id without a stack name)
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts 'grant to service principal'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
// GIVEN
const stack = new cdk.Stack(app);
const lg = new logs.LogGroup(stack, 'LogGroup');
const sp = new iam.ServicePrincipal('es.amazonaws.com');
// WHEN
lg.grantWrite(sp);

app.synth();
