// Conformance case 'current-version-upgrade-aspect-flags-off': FunctionVersionUpgrade for functions whose
// flags are off (enabled=false), so the whole rendered resource is hashed; alias auto scaling without
// scheduled actions; a rate schedule on another alias.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const cxapi = require('aws-cdk-lib/cx-api');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext(cxapi.LAMBDA_RECOGNIZE_VERSION_PROPS, false);
stack.node.setContext(cxapi.LAMBDA_RECOGNIZE_LAYER_VERSION, false);
cdk.Aspects.of(stack).add(new lambda.FunctionVersionUpgrade(cxapi.LAMBDA_RECOGNIZE_VERSION_PROPS, false));
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  environment: { B: 'b', A: 'a' },
  reservedConcurrentExecutions: 3,
});
cdk.Tags.of(fn).add('owner', 'me');
const live = fn.addAlias('live');
live.addAutoScaling({ maxCapacity: 5 });
const beta = fn.currentVersion.addAlias('beta');
const scaling = beta.addAutoScaling({ minCapacity: 2, maxCapacity: 9 });
scaling.scaleOnSchedule('Every', { schedule: appscaling.Schedule.rate(cdk.Duration.hours(36)), maxCapacity: 4 });
scaling.scaleOnSchedule('Once', { schedule: appscaling.Schedule.at(new Date(Date.UTC(2030, 0, 2, 3, 4, 5))), minCapacity: 3 });
scaling.scaleOnSchedule('Hourly', { schedule: appscaling.Schedule.cron({ minute: '15' }), minCapacity: 2, maxCapacity: 6 });
scaling.scaleOnUtilization({ utilizationTarget: 0.7, scaleInCooldown: cdk.Duration.minutes(2), disableScaleIn: true });
app.synth();
