// Conformance case 'log-group-user': a function that logs to a user LogGroup (props.logGroup), the
// group's grantWrite, grantRead and grant, its getters, and LogGroup.fromLogGroupName / fromLogGroupArn.
// Ported from aws-cdk: aws-lambda/test/logging-config.test.ts, 'Logging Config with LogGroup and no LogGroupName', 'Logging Config with LogGroup'.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const logGroup = new logs.LogGroup(stack, 'MyLogGroup', {
  logGroupName: 'my-function-logs',
  retention: logs.RetentionDays.ONE_MONTH,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  logGroup,
});
// a second group with every default, and one that keeps its logs forever
new logs.LogGroup(stack, 'DefaultGroup');
new logs.LogGroup(stack, 'ForeverGroup', { retention: logs.RetentionDays.INFINITE });

const writer = new iam.Role(stack, 'Writer', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
logGroup.grantWrite(writer);
const byName = logs.LogGroup.fromLogGroupName(stack, 'ByName', 'shared-logs');
byName.grantWrite(writer);
const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
logGroup.grantRead(reader);
byName.grantRead(reader);
logGroup.grant(reader, 'logs:StartQuery', 'logs:GetQueryResults');
const sharedArn = new cdk.CfnParameter(stack, 'SharedGroupArn', { type: 'String' });
const byParam = logs.LogGroup.fromLogGroupArn(stack, 'ByParam', sharedArn.valueAsString);
byParam.grantRead(reader);
// (a grant on byArn, of another account, would add an AWS::Logs::ResourcePolicy: ccdk reports an error)
const byArn = logs.LogGroup.fromLogGroupArn(stack, 'ByArn', 'arn:aws:logs:us-east-1:123456789012:log-group:other-logs:*');

new cdk.CfnOutput(stack, 'GroupName', { value: fn.logGroup.logGroupName });
new cdk.CfnOutput(stack, 'GroupArn', { value: logGroup.logGroupArn });
new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.logGroupArn });
new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.logGroupName });
new cdk.CfnOutput(stack, 'ByParamName', { value: byParam.logGroupName });

app.synth();
