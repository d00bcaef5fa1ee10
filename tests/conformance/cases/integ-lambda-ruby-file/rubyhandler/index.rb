def main(event:, context:)
  { statusCode: 200, body: "Hello from Lambda!".to_json }
end
