// Conformance case 'error-cloudwatch-math-invalid-variable-names': a MathExpression using metrics
// named HAPPY and JOY. Ported from aws-cdk: aws-cloudwatch/test/metric-math.test.ts, 'can not use
// invalid variable names in MathExpression'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
new cloudwatch.MathExpression({
  expression: 'HAPPY + JOY',
  usingMetrics: {
    HAPPY: new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount' }),
    JOY: new cloudwatch.Metric({ namespace: 'Test', metricName: 'BCount', statistic: 'Average' }),
  },
});
app.synth();
