// Conformance case 'cloudwatch-custom-widget-lambda': CustomWidgets backed by a Lambda function's ARN
// (and an alias's): defaults, every option (params with the function name token, updateOn flags off,
// size), beside a graph of the function's errors. Ported from aws-cdk: aws-cloudwatch/test/graphs.test.ts
// ('add custom widget', 'custom widget basic', 'custom widget full config').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'WidgetFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "<h1>Hello</h1>";'),
});
const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });

const dashboard = new cloudwatch.Dashboard(stack, 'Dash');
dashboard.addWidgets(
  new cloudwatch.CustomWidget({ functionArn: fn.functionArn, title: 'My lambda baked widget' }),
  new cloudwatch.GraphWidget({ left: [fn.metricErrors()] }),
);
dashboard.addWidgets(new cloudwatch.CustomWidget({
  functionArn: alias.functionArn,
  title: 'Full config',
  width: 12,
  height: 4,
  updateOnRefresh: false,
  updateOnResize: false,
  updateOnTimeRangeChange: false,
  params: { name: fn.functionName, count: 3, nested: { flag: true, list: ['a', 1] } },
}));
dashboard.addWidgets(new cloudwatch.CustomWidget({
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:echo',
  title: 'Literal ARN',
  updateOnResize: true,
  params: 'just a string',
}));
app.synth();
