// Conformance case 'cloudwatch-dashboard-variables-lambda': dashboard variables over two Lambda
// functions -- a select of their names (Values.fromValues, tokens, DefaultValue.value), a radio of
// Values.fromSearchComponents with DefaultValue.FIRST, a pattern input, one of Values.fromSearch
// added with addVariable -- and a graph of the first function's invocations they change.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = (id) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const orders = fn('Orders');
const payments = fn('Payments');
const dashboard = new cw.Dashboard(stack, 'Dash', {
  widgets: [[new cw.GraphWidget({ title: 'Invocations', left: [orders.metricInvocations()] })]],
  variables: [
    new cw.DashboardVariable({
      id: 'function', type: cw.VariableType.PROPERTY, label: 'Function', inputType: cw.VariableInputType.SELECT,
      value: 'FunctionName',
      values: cw.Values.fromValues({ label: 'orders', value: orders.functionName }, { value: payments.functionName }),
      defaultValue: cw.DefaultValue.value(orders.functionName), visible: true,
    }),
    new cw.DashboardVariable({
      id: 'resource', type: cw.VariableType.PROPERTY, inputType: cw.VariableInputType.RADIO, value: 'Resource',
      values: cw.Values.fromSearchComponents({
        namespace: 'AWS/Lambda', dimensions: ['FunctionName', 'Resource'], metricName: 'Invocations', populateFrom: 'Resource',
      }),
      defaultValue: cw.DefaultValue.FIRST,
    }),
    new cw.DashboardVariable({
      id: 'region', type: cw.VariableType.PATTERN, inputType: cw.VariableInputType.INPUT, value: 'us-east-1',
      label: 'Region', visible: false,
    }),
  ],
});
dashboard.addVariable(new cw.DashboardVariable({
  id: 'name', type: cw.VariableType.PROPERTY, inputType: cw.VariableInputType.SELECT, value: 'FunctionName',
  values: cw.Values.fromSearch('{AWS/Lambda,FunctionName} MetricName="Errors"', 'FunctionName'),
}));

app.synth();
