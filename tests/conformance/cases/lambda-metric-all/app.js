// Conformance case 'lambda-metric-all': the static Function.metricAll* metrics (every function of the
// account and region: no dimension) in alarms, with their default statistics and with options
// (statistic, period, label, unit, dimensionsMap) that override them; metric.statistic and
// metric.dimensions as outputs; and Runtime.determineLatestPythonRuntime(scope).
// Written from aws-lambda/lib/function.ts and runtime.ts: the stored aws-lambda/test/function.test.ts
// and runtime.test.ts have no test of metricAll* or determineLatestPythonRuntime to port.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const F = lambda.Function;
const metrics = [
  ['AllErrors', F.metricAllErrors()],
  ['AllDuration', F.metricAllDuration()],
  ['AllInvocations', F.metricAllInvocations()],
  ['AllThrottles', F.metricAllThrottles()],
  ['AllConcurrent', F.metricAllConcurrentExecutions()],
  ['AllUnreserved', F.metricAllUnreservedConcurrentExecutions()],
  ['Custom', F.metricAll('ProvisionedConcurrencyUtilization')],
  ['ErrorsAvg', F.metricAllErrors({ statistic: 'Average', period: cdk.Duration.minutes(1) })],
  ['DurationP99', F.metricAllDuration({ statistic: 'p99', label: 'p99 duration', unit: cloudwatch.Unit.MILLISECONDS })],
  ['ConcurrentMin', F.metricAllConcurrentExecutions({ statistic: 'min', period: cdk.Duration.hours(1) })],
  ['UnreservedDims', F.metricAllUnreservedConcurrentExecutions({ dimensionsMap: { FunctionName: 'x', Resource: 'x:1' } })],
  ['CustomOpts', F.metricAll('Custom', { statistic: 'n', dimensionsMap: { Key: 'Value' } })],
];
for (const [id, metric] of metrics) {
  new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(stack, `${id}Statistic`, { value: metric.statistic });
  new cdk.CfnOutput(stack, `${id}Dimensions`, { value: JSON.stringify(metric.dimensions ?? null) });
}
F.metricAllThrottles().createAlarm(stack, 'Created', { threshold: 5, evaluationPeriods: 2 });

const python = lambda.Runtime.determineLatestPythonRuntime(stack);
new lambda.Function(stack, 'Python', {
  runtime: python,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context): pass'),
});
new cdk.CfnOutput(stack, 'PythonRuntime', { value: python.name });
new cdk.CfnOutput(stack, 'PythonIsConstant', { value: String(python === lambda.Runtime.PYTHON_3_13) });

app.synth();
